package org.newskg.extract;

import org.newskg.extract.entities.EntityResolver;
import org.newskg.extract.entities.ResolvedEntities;
import org.newskg.dev.DumpCached;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.AnnotationCache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Developer tool (test scope, not a test): for the sentences of cached documents that match a
 * pattern, prints each token with its parse and the resolved entities at it, then the sentence's
 * relations. Args: CACHE REGEX FILE...
 */
public final class DumpTokens {
    public static void main(String[] args) throws Exception {
        AnnotationCache cache = new AnnotationCache(Path.of(args[0]));
        Pattern pat = Pattern.compile(args[1]);
        Cues cues = Cues.bundled();
        Extractor extractor = Extractor.standard();
        for (Document d : DumpCached.documents(args, 2)) {
            ParsedDocument p = cache.get(d).orElse(null);
            if (p == null) continue;
            List<SentenceGraph> graphs = new ArrayList<>();
            p.sentences().forEach(s -> graphs.add(new SentenceGraph(s, p.document())));
            ResolvedEntities ents = new EntityResolver(p, graphs, cues).resolve();
            var x = extractor.extract(p);
            Map<String, String> lab = new HashMap<>();
            x.entities().forEach(e -> lab.put(e.key(), e.label() + "/" + e.type()));
            for (SentenceGraph g : graphs) {
                String text = p.document().slice(g.sentence().begin(), g.sentence().end());
                if (!pat.matcher(text).find()) continue;
                int s = g.sentence().index();
                System.out.println("## " + d.source() + " S" + s + " " + text);
                for (int t = 0; t < g.size(); t++) {
                    var tok = g.token(t);
                    StringBuilder deps = new StringBuilder();
                    for (var dep : g.incoming(t)) deps.append(dep.relation()).append("<-").append(dep.governor() < 0 ? "ROOT" : g.token(dep.governor()).word() + "-" + dep.governor()).append(' ');
                    List<String> at = ents.at(s, t).stream().map(k -> lab.getOrDefault(k, k)).toList();
                    System.out.printf("  %d %s/%s/%s/%s %s %s%n", t, tok.word(), g.lemma(t), tok.pos(), tok.ner(), deps, at.isEmpty() ? "" : at);
                }
                x.relations().stream().filter(r -> r.sentence() == s).forEach(r -> System.out.println("  R " + lab.get(r.subjectKey())
                        + " -" + r.predicate() + "-> " + lab.get(r.objectKey()) + " [" + r.trigger() + "]" + (r.negated() ? " NEG" : "")));
            }
        }
    }
}

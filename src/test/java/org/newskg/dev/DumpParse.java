package org.newskg.dev;

import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.CoreNlpAnnotator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Developer tool (test scope): prints what the NLP stage makes of a text file. */
public final class DumpParse {
    public static void main(String[] args) throws Exception {
        CoreNlpAnnotator nlp = CoreNlpAnnotator.load();
        for (String f : args) {
            String text = Files.readString(Path.of(f));
            ParsedDocument p = nlp.annotate(new Document(text, null, LocalDate.of(2017, 11, 14), f));
            System.out.println("### " + f);
            for (var s : p.sentences()) {
                System.out.println("S" + s.index() + " [" + s.begin() + "," + s.end() + "] " + p.document().slice(s.begin(), s.end()));
                StringBuilder sb = new StringBuilder("  ");
                for (var t : s.tokens()) sb.append(t.index()).append(':').append(t.word()).append('/').append(t.pos()).append('/').append(t.ner()).append(' ');
                System.out.println(sb);
                for (var d : s.dependencies()) System.out.println("    " + d.relation() + "(" + (d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word() + "-" + d.governor()) + ", " + s.tokens().get(d.dependent()).word() + "-" + d.dependent() + ")");
            }
            p.entities().forEach(e -> System.out.println("NER " + e));
            p.times().forEach(e -> System.out.println("TIME " + e));
            p.chains().forEach(c -> System.out.println("CHAIN " + c.id() + " " + c.mentions().stream().map(m -> m.sentence() + ":" + m.text() + "/" + m.kind()).toList()));
            p.quotes().forEach(q -> System.out.println("QUOTE " + q));
        }
    }
}

package org.newskg.dev;

import org.newskg.extract.Extractor;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;

import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Developer tool (test scope): extracts files to N-Quads without a store, with an annotation cache. */
public final class DevExtract {
    public static void main(String[] args) throws Exception {
        AnnotationCache cache = new AnnotationCache(Path.of(System.getProperty("newskg.devcache", "/tmp/nkg-cache")));
        List<Document> docs = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) paths.add(Path.of(args[i]));
        new DocumentSource(2_000_000, null).read(paths, in -> {
            if (in instanceof Input.Read r) docs.add(r.document());
            else System.err.println(in);
        });
        CoreNlpAnnotator nlp = null;
        Extractor ex = Extractor.standard();
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        GraphBuilder gb = new GraphBuilder("https://w3id.org/newskg/run/dev");
        for (Document d : docs) {
            ParsedDocument p = cache.get(d).orElse(null);
            if (p == null) {
                if (nlp == null) nlp = CoreNlpAnnotator.load();
                p = nlp.annotate(d);
                cache.put(p);
            }
            var x = ex.extract(p);
            if (System.getenv("DEBUG") != null) {
                java.util.Map<String, String> lab = new java.util.HashMap<>();
                x.entities().forEach(e -> lab.put(e.key(), e.label()));
                System.out.println("## " + d.source());
                x.entities().forEach(e -> System.out.println("E " + e.key() + " | " + e.label() + " | " + e.altLabels()));
                x.relations().forEach(r -> System.out.println("R s" + r.sentence() + " " + lab.get(r.subjectKey()) + " -" + r.predicate() + "-> " + lab.get(r.objectKey())
                        + " [" + r.trigger() + "] date=" + r.date() + (r.negated() ? " NEG" : "") + (r.hedged() ? " HEDGE" : "") + (r.attributedToKey() != null ? " attr=" + lab.get(r.attributedToKey()) : "") + (r.theme() != null ? " theme=" + r.theme() : "") + (r.recipientKey() != null ? " to=" + lab.get(r.recipientKey()) : "")));
                x.quotes().forEach(q -> System.out.println("Q " + lab.get(q.speakerKey()) + " " + q.date() + " | " + q.text()));
            }
            DocumentGraphs g = gb.build(x);
            g.graph().find().forEach(t -> out.add(NodeFactory.createURI(g.documentIri()), t.getSubject(), t.getPredicate(), t.getObject()));
        }
        try (var os = new FileOutputStream(args[0])) {
            RDFDataMgr.write(os, out, Lang.NQUADS);
        }
    }
}

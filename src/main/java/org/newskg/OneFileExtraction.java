package org.newskg;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.Prefixes;
import org.newskg.rdf.Vocab;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code newskg extract}: one file read, extracted without storing, and written as TriG or N-Quads. */
final class OneFileExtraction {

    private final NewsKg kg;

    OneFileExtraction(NewsKg kg) {
        this.kg = kg;
    }

    void write(Path file, String format, OutputStream out) {
        Lang lang = switch (format.toLowerCase(Locale.ROOT)) {
            case "trig" -> Lang.TRIG;
            case "nq", "nquads" -> Lang.NQUADS;
            default -> throw new IllegalArgumentException("unknown format " + format + " (use trig or nq)");
        };
        DocumentGraphs g = kg.extractGraphs(readOne(file), kg.newRun());
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.addGraph(NodeFactory.createURI(g.documentIri()), g.graph());
        ds.addGraph(NodeFactory.createURI(Vocab.META_GRAPH), g.meta());
        ds.prefixes().putAll(Prefixes.standard());
        RDFDataMgr.write(out, ds, lang);
    }

    private Document readOne(Path file) {
        List<Document> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var options = kg.options();
        new DocumentSource(options.maxChars(), options.defaultDate()).read(List.of(file), in -> {
            if (in instanceof Input.Read r) {
                docs.add(r.document());
            } else if (in instanceof Input.Problem p) {
                problems.add(p.location() + ": " + p.reason());
            }
        });
        if (!problems.isEmpty()) {
            throw new NewsKgException(problems.get(0));
        }
        if (docs.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + docs.size() + " documents; extract takes one (use ingest)");
        }
        return docs.get(0);
    }
}

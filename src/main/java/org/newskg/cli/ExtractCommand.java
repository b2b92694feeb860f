package org.newskg.cli;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.newskg.NewsKg;
import org.newskg.NewsKgException;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.model.Options;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.Vocab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newskg extract FILE}: prints one document's graph without storing it. */
@Command(name = "extract", description = "Print the graph of one document (TriG by default) without storing it.")
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "an article file")
    Path file;

    @Option(names = "--format", defaultValue = "trig", description = "trig or nq (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date if the file gives none")
    LocalDate date;

    @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache folder")
    Path cache;

    @Override
    public Integer call() {
        Lang lang = switch (format.toLowerCase()) {
            case "trig" -> Lang.TRIG;
            case "nq", "nquads" -> Lang.NQUADS;
            default -> throw new Errors.UsageError("unknown format " + format + " (use trig or nq)");
        };
        Document doc = readOne();
        try (NewsKg kg = NewsKg.builder().options(Options.defaults().withCacheDir(cache)).build()) {
            DocumentGraphs g = kg.extractGraphs(doc, kg.newRun());
            DatasetGraph ds = DatasetGraphFactory.createGeneral();
            ds.addGraph(NodeFactory.createURI(g.documentIri()), g.graph());
            ds.addGraph(NodeFactory.createURI(Vocab.META_GRAPH), g.meta());
            ds.prefixes().putAll(Prefixes.standard());
            RDFDataMgr.write(System.out, ds, lang);
        }
        return Errors.OK;
    }

    private Document readOne() {
        List<Document> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new DocumentSource(Options.DEFAULT_MAX_CHARS, date).read(List.of(file), in -> {
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
            throw new Errors.UsageError(file + " holds " + docs.size() + " documents; extract takes one (use ingest)");
        }
        return docs.get(0);
    }
}

package org.newskg.dev;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.naturalli.NaturalLogicAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Developer tool (test scope), issue 11's measurement: what CoreNLP's own {@code kbp} annotator,
 * and separately {@code natlog,openie}, would add to NewsKG, and at what cost. Not part of the
 * pipeline: it runs CoreNLP with NewsKG's own settings ({@code org.newskg.nlp.PipelineSettings})
 * over each corpus, one document at a time on one thread, then runs the extra annotators on the
 * same annotated document, timing each step apart. Model loads are timed apart, and every pipeline
 * is warmed on one document before timing. Writes every triple to {@code OUT/NAME.triples.tsv} and
 * scores them with {@link ProbeScore} against the corpus gold and main's export.
 *
 * <p>Arguments: OUT_DIR WARMUP_FILE MAIN_DIR CORPUS_DIR... where MAIN_DIR holds main's
 * {@code NAME.nq} and {@code NAME.explain.txt} and each CORPUS_DIR holds {@code texts/} and
 * {@code gold.json} (NAME is the corpus folder's name).
 */
public final class KbpOpenieProbe {

    private final StanfordCoreNLP base;
    private final StanfordCoreNLP kbp;
    private final StanfordCoreNLP openie;

    private KbpOpenieProbe(StanfordCoreNLP base, StanfordCoreNLP kbp, StanfordCoreNLP openie) {
        this.base = base;
        this.kbp = kbp;
        this.openie = openie;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        StanfordCoreNLP base = new StanfordCoreNLP(settings(null));
        long t1 = System.nanoTime();
        StanfordCoreNLP kbp = new StanfordCoreNLP(settings("kbp"));
        long t2 = System.nanoTime();
        StanfordCoreNLP openie = new StanfordCoreNLP(settings("natlog,openie"));
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "load: base=%.1fs kbp=%.1fs natlog+openie=%.1fs%n", sec(t1 - t0), sec(t2 - t1), sec(t3 - t2));
        KbpOpenieProbe probe = new KbpOpenieProbe(base, kbp, openie);
        Timing warm = new Timing();
        for (Document d : documents(Path.of(args[1]))) {
            probe.annotate(d, warm, new ArrayList<>());
        }
        System.out.printf(Locale.ROOT, "warm-up (%d tokens): %s%n", warm.tokens, warm);
        for (int i = 3; i < args.length; i++) {
            Path corpus = Path.of(args[i]);
            String name = corpus.getFileName().toString();
            Timing timing = new Timing();
            List<ProbeTriple> triples = new ArrayList<>();
            for (Document d : documents(corpus.resolve("texts"))) {
                probe.annotate(d, timing, triples);
            }
            System.out.printf(Locale.ROOT, "%n=== %s: %d documents, %d tokens%n", name, timing.docs, timing.tokens);
            System.out.printf(Locale.ROOT, "time: %s%n", timing);
            Path tsv = out.resolve(name + ".triples.tsv");
            ProbeTriple.write(tsv, triples);
            Path main = Path.of(args[2]);
            ProbeScore.report(triples, corpus.resolve("gold.json"), main.resolve(name + ".nq"),
                    main.resolve(name + ".explain.txt"));
        }
    }

    /** NewsKG's own CoreNLP properties; with {@code extra}, a pipeline of only those annotators. */
    private static Properties settings(String extra) throws ReflectiveOperationException {
        // PipelineSettings is package-private in main code (only nlp may use CoreNLP); a dev tool
        // reads the very same properties rather than a copy that could drift.
        Method m = Class.forName("org.newskg.nlp.PipelineSettings").getDeclaredMethod("properties");
        m.setAccessible(true);
        Properties p = (Properties) m.invoke(null);
        if (extra != null) {
            p.setProperty("annotators", extra);
            p.setProperty("enforceRequirements", "false");
        }
        return p;
    }

    private static List<Document> documents(Path path) {
        List<Document> docs = new ArrayList<>();
        new DocumentSource(2_000_000, null).read(List.of(path), in -> {
            if (in instanceof Input.Read r) {
                docs.add(r.document());
            }
        });
        return docs;
    }

    private void annotate(Document doc, Timing timing, List<ProbeTriple> triples) {
        Annotation a = new Annotation(doc.text());
        if (doc.date() != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, doc.date().toString());
        }
        long t0 = System.nanoTime();
        base.annotate(a);
        long t1 = System.nanoTime();
        kbp.annotate(a);
        long t2 = System.nanoTime();
        openie.annotate(a);
        long t3 = System.nanoTime();
        timing.add(a.get(CoreAnnotations.TokensAnnotation.class).size(), t1 - t0, t2 - t1, t3 - t2);
        String name = Path.of(doc.source()).getFileName().toString();
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            for (RelationTriple t : orEmpty(s.get(CoreAnnotations.KBPTriplesAnnotation.class))) {
                triples.add(triple("kbp", name, i, t));
            }
            for (RelationTriple t : orEmpty(s.get(NaturalLogicAnnotations.RelationTriplesAnnotation.class))) {
                triples.add(triple("openie", name, i, t));
            }
        }
    }

    private static ProbeTriple triple(String source, String doc, int sentence, RelationTriple t) {
        return new ProbeTriple(source, doc, sentence, t.subjectGloss(), gloss(t.canonicalSubject), t.relationGloss(),
                t.relationLemmaGloss(), headLemma(t.relation), passive(t.relation), t.objectGloss(),
                gloss(t.canonicalObject), t.confidence);
    }

    /** The relation phrase's last content verb ("was hired by": hire), else its last noun, else its last word. */
    static String headLemma(List<CoreLabel> relation) {
        String noun = null;
        String verb = null;
        for (CoreLabel l : relation) {
            String tag = l.tag() == null ? "" : l.tag();
            String lemma = l.lemma() == null ? l.word().toLowerCase(Locale.ROOT) : l.lemma().toLowerCase(Locale.ROOT);
            if (tag.startsWith("VB") && !lemma.equals("be") && !lemma.equals("have")) {
                verb = lemma;
            } else if (tag.startsWith("NN")) {
                noun = lemma;
            }
        }
        if (verb != null) {
            return verb;
        }
        if (noun != null) {
            return noun;
        }
        return relation.isEmpty() ? "" : relation.get(relation.size() - 1).word().toLowerCase(Locale.ROOT);
    }

    /** A passive whose object is its agent: a form of be, a past participle, and "by" last. */
    private static boolean passive(List<CoreLabel> relation) {
        boolean be = relation.stream().anyMatch(l -> "be".equals(l.lemma()));
        boolean participle = relation.stream().anyMatch(l -> "VBN".equals(l.tag()));
        return be && participle && !relation.isEmpty() && relation.get(relation.size() - 1).word().equalsIgnoreCase("by");
    }

    private static String gloss(List<CoreLabel> tokens) {
        return tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
    }

    private static <T> java.util.Collection<T> orEmpty(java.util.Collection<T> list) {
        return list == null ? List.of() : list;
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    /** Annotation time of a corpus: NewsKG's annotators, then each extra step on the same documents. */
    private static final class Timing {
        int docs;
        int tokens;
        long base;
        long kbp;
        long openie;

        void add(int tokenCount, long baseNanos, long kbpNanos, long openieNanos) {
            docs++;
            tokens += tokenCount;
            base += baseNanos;
            kbp += kbpNanos;
            openie += openieNanos;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "base %.1fs (%.0f tok/s); +kbp %.1fs (x%.2f of base); +natlog+openie %.1fs (x%.2f of base);"
                            + " base+kbp+natlog+openie %.1fs (x%.2f)",
                    sec(base), tokens / sec(base), sec(kbp), (base + kbp) / (double) base, sec(openie),
                    (base + openie) / (double) base, sec(base + kbp + openie), (base + kbp + openie) / (double) base);
        }
    }
}

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Developer tool (test scope), issue 11's measurement: what CoreNLP's own {@code kbp} annotator,
 * or {@code natlog,openie}, would add to NewsKG, and at what cost. Not part of the
 * pipeline: it runs CoreNLP with NewsKG's own settings ({@code org.newskg.nlp.PipelineSettings})
 * over each corpus, one document at a time on one thread, then runs the extra annotators on the
 * same annotated document, timing each step apart. Model loads are timed apart, and every pipeline
 * is warmed on one document before timing. Writes every triple to {@code OUT/NAME.MODE.tsv} and
 * scores them with {@link ProbeScore} against the corpus gold and main's export.
 *
 * <p>Arguments: kbp|openie OUT_DIR WARMUP_FILE MAIN_DIR CORPUS_DIR... (one extra step per JVM: both at
 * once need more heap than this shared machine has to spare) where MAIN_DIR holds main's
 * {@code NAME.nq} and {@code NAME.explain.txt} and each CORPUS_DIR holds {@code texts/} and
 * {@code gold.json} (NAME is the corpus folder's name).
 */
public final class KbpOpenieProbe {

    private final StanfordCoreNLP base;
    private final StanfordCoreNLP extra;

    private KbpOpenieProbe(StanfordCoreNLP base, StanfordCoreNLP extra) {
        this.base = base;
        this.extra = extra;
    }

    public static void main(String[] args) throws Exception {
        String extraAnnotators = switch (args[0]) {
            case "kbp" -> "kbp";
            case "openie" -> "natlog,openie";
            default -> throw new IllegalArgumentException("first argument: kbp or openie, not " + args[0]);
        };
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        StanfordCoreNLP base = new StanfordCoreNLP(settings(null));
        long t1 = System.nanoTime();
        StanfordCoreNLP extra = new StanfordCoreNLP(settings(extraAnnotators));
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "load: base=%.1fs %s=%.1fs%n", sec(t1 - t0), extraAnnotators, sec(t2 - t1));
        KbpOpenieProbe probe = new KbpOpenieProbe(base, extra);
        Timing warm = new Timing(extraAnnotators);
        for (Document d : documents(Path.of(args[2]))) {
            probe.annotate(d, warm, new ArrayList<>());
        }
        System.out.printf(Locale.ROOT, "warm-up (%d tokens): %s%n", warm.tokens, warm);
        Map<Path, List<ProbeTriple>> runs = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            Path corpus = Path.of(args[i]);
            String name = corpus.getFileName().toString();
            Timing timing = new Timing(extraAnnotators);
            List<ProbeTriple> triples = new ArrayList<>();
            for (Document d : documents(corpus.resolve("texts"))) {
                probe.annotate(d, timing, triples);
                System.err.println("done " + d.source());
            }
            System.out.printf(Locale.ROOT, "=== %s: %d documents, %d tokens; time: %s%n", name, timing.docs, timing.tokens, timing);
            ProbeTriple.write(out.resolve(name + "." + args[0] + ".tsv"), triples);
            runs.put(corpus, triples);
        }
        // scored once every corpus is annotated and saved: ProbeScore can score the saved files again
        Path main = Path.of(args[3]);
        for (Map.Entry<Path, List<ProbeTriple>> run : runs.entrySet()) {
            String name = run.getKey().getFileName().toString();
            System.out.printf(Locale.ROOT, "%n=== %s%n", name);
            ProbeScore.report(run.getValue(), run.getKey().resolve("gold.json"), main.resolve(name + ".nq"),
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
        extra.annotate(a);
        long t2 = System.nanoTime();
        timing.add(a.get(CoreAnnotations.TokensAnnotation.class).size(), t1 - t0, t2 - t1);
        String name = Path.of(doc.source()).getFileName().toString();
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            for (RelationTriple t : orEmpty(s.get(CoreAnnotations.KBPTriplesAnnotation.class))) {
                triples.add(triple("kbp", name, i, t, doc.text()));
            }
            for (RelationTriple t : orEmpty(s.get(NaturalLogicAnnotations.RelationTriplesAnnotation.class))) {
                triples.add(triple("openie", name, i, t, doc.text()));
            }
        }
    }

    private static ProbeTriple triple(String source, String doc, int sentence, RelationTriple t, String text) {
        return new ProbeTriple(source, doc, sentence, gloss(t.subject, text), gloss(t.canonicalSubject, text),
                t.relationGloss(), t.relationLemmaGloss(), headLemma(t.relation), passive(t.relation),
                gloss(t.object, text), gloss(t.canonicalObject, text), t.confidence);
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

    /** The words as the text has them ("Al-Qaeda", not "Al - Qaeda") when nothing but spaces lies between them. */
    private static String gloss(List<CoreLabel> tokens, String text) {
        if (tokens.isEmpty()) {
            return "";
        }
        int b = tokens.get(0).beginPosition();
        int e = tokens.get(tokens.size() - 1).endPosition();
        boolean contiguous = b >= 0 && e <= text.length() && b < e;
        for (int i = 1; i < tokens.size() && contiguous; i++) {
            int gap = tokens.get(i - 1).endPosition();
            int next = tokens.get(i).beginPosition();
            contiguous = next >= gap && text.substring(gap, next).isBlank();
        }
        if (contiguous) {
            return text.substring(b, e);
        }
        return tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
    }

    private static <T> java.util.Collection<T> orEmpty(java.util.Collection<T> list) {
        return list == null ? List.of() : list;
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    /** Annotation time of a corpus: NewsKG's annotators, then the extra ones on the same documents. */
    private static final class Timing {
        final String extraName;
        int docs;
        int tokens;
        long base;
        long extra;

        Timing(String extraName) {
            this.extraName = extraName;
        }

        void add(int tokenCount, long baseNanos, long extraNanos) {
            docs++;
            tokens += tokenCount;
            base += baseNanos;
            extra += extraNanos;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "base %.1fs (%.0f tok/s); +%s %.1fs; base+%s %.1fs (%.0f tok/s, x%.2f of base)",
                    sec(base), tokens / sec(base), extraName, sec(extra), extraName, sec(base + extra),
                    tokens / sec(base + extra), (base + extra) / (double) base);
        }
    }
}

package org.newskg.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CoreNLP alone, no NewsKG code: the yardstick of {@code newskg bench --whole-process}. Loads
 * the same annotators with the same properties as NewsKG (quote attribution included) and
 * annotates the files with CoreNLP's own parallel loop,
 * {@code StanfordCoreNLP.annotate(annotations, threads, callback)}. Prints one line with the
 * document count and the load and annotation times.
 *
 * <p>Arguments: THREADS FILE...
 */
public final class BareCoreNlp {

    private BareCoreNlp() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int threads = Integer.parseInt(args[0]);
        List<Annotation> docs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            docs.add(new Annotation(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)));
        }
        long t0 = System.nanoTime();
        Properties p = PipelineSettings.properties();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        long t1 = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        pipeline.annotate(docs, threads, a -> done.incrementAndGet());
        long t2 = System.nanoTime();
        System.out.printf(java.util.Locale.ROOT, "bare-corenlp documents=%d load=%.1f annotate=%.1f%n", done.get(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}

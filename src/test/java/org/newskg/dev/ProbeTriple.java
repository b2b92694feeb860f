package org.newskg.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One triple CoreNLP's {@code kbp} or {@code openie} annotator produced, as plain strings, so that
 * {@link ProbeScore} can score it again without re-running CoreNLP.
 *
 * @param source      {@code kbp} or {@code openie}
 * @param doc         the document's file name
 * @param sentence    the sentence index in the document
 * @param subject     the subject as written
 * @param subjectCanonical the subject's canonical (coreference) mention, or the subject
 * @param relation    the KBP slot ({@code per:spouse}) or the OpenIE relation phrase
 * @param relationLemmas the relation phrase's lemmas, space separated
 * @param headLemma   the lemma of the relation phrase's head
 * @param passive     the relation phrase is a passive with its agent as object ("was hired by")
 * @param object      the object as written
 * @param objectCanonical the object's canonical (coreference) mention, or the object
 * @param confidence  the annotator's confidence
 */
record ProbeTriple(String source, String doc, int sentence, String subject, String subjectCanonical,
                   String relation, String relationLemmas, String headLemma, boolean passive,
                   String object, String objectCanonical, double confidence) {

    private static final String HEADER = "source\tdoc\tsentence\tsubject\tsubjectCanonical\trelation\trelationLemmas"
            + "\theadLemma\tpassive\tobject\tobjectCanonical\tconfidence";

    String line() {
        return String.join("\t", source, doc, Integer.toString(sentence), clean(subject), clean(subjectCanonical),
                clean(relation), clean(relationLemmas), clean(headLemma), Boolean.toString(passive), clean(object),
                clean(objectCanonical), Double.toString(confidence));
    }

    static ProbeTriple parse(String line) {
        String[] f = line.split("\t", -1);
        return new ProbeTriple(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5], f[6], f[7],
                Boolean.parseBoolean(f[8]), f[9], f[10], Double.parseDouble(f[11]));
    }

    static void write(Path file, List<ProbeTriple> triples) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        triples.forEach(t -> lines.add(t.line()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static List<ProbeTriple> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(ProbeTriple::parse).toList();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}

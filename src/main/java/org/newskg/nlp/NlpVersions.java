package org.newskg.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which CoreNLP code and which models jar are on the class path: part of the annotation cache's
 * key, so that an upgrade of either never serves annotations made by the other version.
 */
final class NlpVersions {

    /** A model every NewsKG pipeline loads; the jar holding it identifies the models. */
    static final String PROBE = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    private NlpVersions() {
    }

    /** CoreNLP's version from its jar's manifest ("4.5.10"), or "unknown". */
    static String corenlp() {
        String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /**
     * The models jar's file name and size ("stanford-corenlp-4.5.10-models.jar:512345678"): the
     * models jar carries no version of its own, its Maven file name does. "unknown" when the
     * models are not on the class path.
     */
    static String models() {
        URL url = NlpVersions.class.getClassLoader().getResource(PROBE);
        if (url == null) {
            return "unknown";
        }
        String s = url.toString();
        if (s.startsWith("jar:file:") && s.contains("!/")) {
            try {
                Path jar = Path.of(new java.net.URI(s.substring(4, s.indexOf("!/"))));
                return jar.getFileName() + ":" + Files.size(jar);
            } catch (URISyntaxException | java.io.IOException | IllegalArgumentException e) {
                return s;
            }
        }
        return s;
    }
}

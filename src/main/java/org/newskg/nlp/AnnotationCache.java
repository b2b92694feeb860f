package org.newskg.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A folder of annotated documents (gzipped JSON of {@link ParsedDocument}), keyed by the text's
 * hash, its date (SUTime's reference), the pipeline settings and the versions of CoreNLP and of
 * its models jar, so that re-extracting after a change to the lexicon or the rules costs no NLP
 * time and an upgrade of CoreNLP or its models never reuses old annotations. Entries are written
 * atomically. An entry that cannot be read is reported (one warning line) and annotated again.
 */
public final class AnnotationCache {

    private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);

    /**
     * Entries written before the key held the versions were all made by this CoreNLP and its
     * models (the only version the project has pinned): they are read, and moved to the new key,
     * only when the same version runs.
     */
    private static final String UNVERSIONED_ENTRIES = "4.5.10";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(ParsedDocument.class, WithoutDocument.class).build();

    /** The document itself is not cached: the caller has it. */
    @JsonIgnoreProperties({"document"})
    private abstract static class WithoutDocument {
    }

    /**
     * The whole pipeline as one string: every annotator in order (the quote annotator runs on its
     * own after the others, but it is part of what an entry holds) and the properties.
     */
    private static final String PIPELINE = pipeline();

    private final Path dir;
    private final String versions;
    private final boolean readsUnversioned;
    private final Consumer<String> warnings;

    /** A cache in this folder, for the CoreNLP and models on the class path; warnings are logged. */
    public AnnotationCache(Path dir) {
        this(dir, NlpVersions.corenlp(), NlpVersions.models(), LOG::warn);
    }

    /**
     * A cache keyed for the given versions (tests, tools), with warnings to the given sink.
     *
     * @param corenlp  CoreNLP's version
     * @param models   the models' identity
     * @param warnings receives one line per entry that exists but cannot be read
     */
    public AnnotationCache(Path dir, String corenlp, String models, Consumer<String> warnings) {
        this.dir = dir;
        this.versions = "corenlp=" + corenlp + "|models=" + models;
        this.readsUnversioned = UNVERSIONED_ENTRIES.equals(corenlp)
                && models.startsWith("stanford-corenlp-" + UNVERSIONED_ENTRIES + "-models.jar");
        this.warnings = warnings;
    }

    /**
     * The cached annotation of a document, if any. An entry that exists but cannot be read
     * (damaged, or written by an incompatible NewsKG) is reported to the warnings and counts as
     * missing, so the document is annotated again and the entry rewritten.
     */
    public Optional<ParsedDocument> get(Document doc) {
        Path f = file(doc);
        if (Files.isRegularFile(f)) {
            return read(f, doc);
        }
        Path old = unversionedFile(doc);
        if (readsUnversioned && Files.isRegularFile(old)) {
            Optional<ParsedDocument> p = read(old, doc);
            p.ifPresent(this::put);
            return p;
        }
        return Optional.empty();
    }

    private Optional<ParsedDocument> read(Path f, Document doc) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return Optional.of(fromJson(in, doc));
        } catch (IOException | RuntimeException e) {
            warnings.accept("annotation cache: cannot read " + f + " (" + oneLine(e)
                    + "); annotating " + doc.source() + " again");
            return Optional.empty();
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** Reads one annotation in the cache's JSON format (not gzipped), for the given document. */
    public static ParsedDocument fromJson(InputStream in, Document doc) throws IOException {
        ParsedDocument p = JSON.readValue(in, ParsedDocument.class);
        return new ParsedDocument(doc, p.sentences(), p.entities(), p.chains(), p.quotes(), p.times());
    }

    /** Writes one annotation in the cache's JSON format (not gzipped), without its document. */
    public static void toJson(ParsedDocument parsed, OutputStream out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, parsed);
    }

    public void put(ParsedDocument parsed) {
        try {
            Files.createDirectories(dir);
            Path f = file(parsed.document());
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                JSON.writeValue(out, parsed);
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annotation cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path file(Document doc) {
        return dir.resolve(sha(unversionedKey(doc) + "|" + versions) + ".json.gz");
    }

    private Path unversionedFile(Document doc) {
        return dir.resolve(sha(unversionedKey(doc)) + ".json.gz");
    }

    private static String unversionedKey(Document doc) {
        return doc.sha256() + "|" + doc.date() + "|" + PIPELINE;
    }

    private static String pipeline() {
        // PipelineSettings.ANNOTATORS names every annotator an entry holds, quote included (the
        // quote step runs on its own after the shared pipeline, but its output is in the entry)
        return PipelineSettings.ANNOTATORS + "|" + PipelineSettings.properties();
    }

    /** The entry file's name for a document (tests: the key must not change by accident). */
    String fileName(Document doc) {
        return file(doc).getFileName().toString();
    }

    /** The name an entry had before the key held the versions. */
    static String unversionedFileName(Document doc) {
        return sha(unversionedKey(doc)) + ".json.gz";
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

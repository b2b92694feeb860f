package org.newskg.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;

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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A folder of annotated documents (gzipped JSON of {@link ParsedDocument}), keyed by the text's
 * hash, its date (SUTime's reference) and the pipeline settings, so that re-extracting after a
 * change to the lexicon or the rules costs no NLP time. Entries are written atomically.
 */
public final class AnnotationCache {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(ParsedDocument.class, WithoutDocument.class).build();

    /** The document itself is not cached: the caller has it. */
    @JsonIgnoreProperties({"document"})
    private abstract static class WithoutDocument {
    }

    private final Path dir;

    public AnnotationCache(Path dir) {
        this.dir = dir;
    }

    /** The cached annotation of a document, if any. A damaged entry counts as missing. */
    public Optional<ParsedDocument> get(Document doc) {
        Path f = file(doc);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            ParsedDocument p = JSON.readValue(in, ParsedDocument.class);
            return Optional.of(new ParsedDocument(doc, p.sentences(), p.entities(), p.chains(), p.quotes(), p.times()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
        String key = doc.sha256() + "|" + doc.date() + "|" + PipelineSettings.ANNOTATORS + "|"
                + PipelineSettings.properties();
        return dir.resolve(sha(key) + ".json.gz");
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

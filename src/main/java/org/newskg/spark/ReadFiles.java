package org.newskg.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads one input file on an executor with ingest's own readers ({@link DocumentSource}), so a
 * file gives the same documents, sources and problems as {@code newskg ingest} would. A local
 * file ({@code file:}) is read where it is; a file elsewhere (HDFS, object store) is copied to a
 * temporary folder first and its documents keep the original URI as their location.
 */
final class ReadFiles implements FlatMapFunction<Tuple2<String, PortableDataStream>, ReadItem> {

    private final JobConfig config;

    ReadFiles(JobConfig config) {
        this.config = config;
    }

    @Override
    public Iterator<ReadItem> call(Tuple2<String, PortableDataStream> file) throws IOException {
        String uri = file._1();
        URI parsed = URI.create(uri);
        if ("file".equals(parsed.getScheme())) {
            return read(uri, Path.of(parsed), null).iterator();
        }
        Path tmp = Files.createTempDirectory("newskg-spark");
        try {
            String name = Path.of(parsed.getPath()).getFileName().toString();
            Path copy = tmp.resolve(name);
            try (InputStream in = file._2().open()) {
                Files.copy(in, copy);
            }
            return read(uri, copy, uri).iterator();
        } finally {
            deleteAll(tmp);
        }
    }

    private List<ReadItem> read(String uri, Path local, String renameTo) {
        List<ReadItem> items = new ArrayList<>();
        String localName = local.toString();
        DocumentSource source = new DocumentSource(config.maxChars(), config.options().defaultDate());
        source.read(List.of(local), in -> {
            if (in instanceof Input.Read r) {
                Document d = renameTo == null ? r.document() : renamed(r.document(), localName, renameTo);
                String identity = r.identity() == null ? null : rename(r.identity(), localName, renameTo);
                items.add(ReadItem.of(DocumentRow.of(uri, items.size(), d, identity)));
            } else if (in instanceof Input.Problem p && !p.skipped()) {
                items.add(ReadItem.failed(DocumentRow.sortKey(uri, items.size()), new Failure(rename(p.location(), localName, renameTo), p.reason())));
            }
        });
        return items;
    }

    private static Document renamed(Document d, String from, String to) {
        return new Document(d.text(), d.title(), d.date(), rename(d.source(), from, to));
    }

    /** The location (or identity: "path:FILE", "id:FEED#ID") with the temporary copy's name replaced. */
    private static String rename(String location, String from, String to) {
        return to == null ? location : location.replace(from, to);
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

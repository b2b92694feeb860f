package org.newskg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * The set of canned queries: every {@code .rq} file of a folder, by name, in file-name order.
 * Immutable; {@link #bind} turns a query and user-given parameter values into a Jena
 * {@link Query}.
 */
public final class CannedQueries {

    /** Classpath folder holding the bundled copies of {@code queries/*.rq}. */
    public static final String BUNDLED_FOLDER = "newskg/queries";

    private final Map<String, CannedQuery> byName;

    private CannedQueries(Map<String, CannedQuery> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /**
     * Reads every {@code *.rq} file of a folder.
     *
     * @throws UncheckedIOException     if the folder cannot be read
     * @throws IllegalArgumentException if a file has no valid header, does not parse, or two
     *                                  files declare the same name
     */
    public static CannedQueries load(Path folder) {
        Objects.requireNonNull(folder, "folder");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list canned queries in " + folder, e);
        }
        Map<String, CannedQuery> byName = new LinkedHashMap<>();
        for (Path file : files) {
            CannedQuery q = QueryFileParser.parse(file.toString(), read(file));
            CannedQuery before = byName.putIfAbsent(q.name(), q);
            if (before != null) {
                throw new IllegalArgumentException("two canned queries are named " + q.name()
                        + " (" + file + ")");
            }
        }
        return new CannedQueries(byName);
    }

    /**
     * Reads the queries bundled in the jar (or {@code target/classes}) under
     * {@value #BUNDLED_FOLDER}.
     *
     * @throws IllegalStateException if they are not on the classpath
     */
    public static CannedQueries loadBundled() {
        URL url = CannedQueries.class.getClassLoader().getResource(BUNDLED_FOLDER);
        if (url == null) {
            throw new IllegalStateException("no canned queries on the classpath under " + BUNDLED_FOLDER
                    + "/: the jar was built without the queries/ folder");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath location of the canned queries: " + url, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return load(Path.of(uri));
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return load(jar.provider().getPath(uri));
        } catch (FileSystemAlreadyExistsException e) {
            // the jar is open already (by the application): use it, do not close it
            return load(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + uri, e);
        }
    }

    /** All queries, in file-name order. */
    public List<CannedQuery> all() {
        return List.copyOf(byName.values());
    }

    /** The query with this name. */
    public Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Binds parameter values into a canned query. A value that starts with {@code http://},
     * {@code https://} or {@code urn:} is bound as an IRI; a value of a parameter whose default
     * is a whole number is bound as an integer literal; any other value as a plain string
     * literal. A missing parameter takes its default; a missing optional parameter without
     * default stays unbound. Blank values count as missing.
     *
     * @throws IllegalArgumentException for a missing required parameter ("missing parameter
     *                                  NAME for query QUERY"), an unknown parameter (the message
     *                                  lists the valid ones), a non-integer value of a numeric
     *                                  parameter or a malformed IRI
     */
    public static Query bind(CannedQuery q, Map<String, String> params) {
        Objects.requireNonNull(q, "query");
        Objects.requireNonNull(params, "params");
        List<String> unknown = new ArrayList<>();
        for (String key : params.keySet()) {
            if (q.param(key).isEmpty()) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            String valid = q.params().isEmpty() ? "it takes no parameters"
                    : "valid parameters: " + q.params().stream().map(CannedQuery.Param::name)
                            .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("unknown parameter " + String.join(", ", unknown)
                    + " for query " + q.name() + "; " + valid);
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(q.sparql());
        for (CannedQuery.Param p : q.params()) {
            String value = params.get(p.name());
            if (value == null || value.isBlank()) {
                value = p.defaultValue();
            }
            if (value == null) {
                if (p.required()) {
                    throw new IllegalArgumentException("missing parameter " + p.name() + " for query " + q.name());
                }
                continue;
            }
            bindValue(pss, q, p, value.strip());
        }
        return pss.asQuery();
    }

    private static void bindValue(ParameterizedSparqlString pss, CannedQuery q, CannedQuery.Param p, String value) {
        if (looksLikeIri(value)) {
            try {
                IRIx.create(value);
            } catch (IRIException e) {
                throw new IllegalArgumentException("parameter " + p.name() + " of query " + q.name()
                        + " is not a valid IRI: " + value, e);
            }
            pss.setIri(p.name(), value);
        } else if (p.numeric()) {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter " + p.name() + " of query " + q.name()
                        + " must be a whole number, not " + value, e);
            }
            pss.setLiteral(p.name(), number);
        } else {
            pss.setLiteral(p.name(), value);
        }
    }

    private static boolean looksLikeIri(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("urn:");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read canned query " + file, e);
        }
    }
}

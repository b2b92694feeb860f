package org.newskg.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One canned SPARQL query, read from a {@code .rq} file with a comment header.
 *
 * @param name        the query's name, from {@code # name:}
 * @param description one line saying what it answers, from {@code # description:}
 * @param params      its parameters, in header order, from {@code # param:} lines
 * @param sparql      the whole file text (header comments included); parameters are the
 *                    unbound variables {@code ?name}
 */
public record CannedQuery(String name, String description, List<Param> params, String sparql) {

    /** Copies the parameter list and checks that nothing is missing. */
    public CannedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sparql, "sparql");
        params = List.copyOf(params);
    }

    /** The parameter with this name, if the query has one. */
    public Optional<Param> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /**
     * A parameter of a canned query, declared by a header line
     * {@code # param: NAME (required|optional[, default VALUE]) DESCRIPTION}.
     *
     * @param name         the parameter's name, also the query variable {@code ?name}
     * @param required     whether a value must be given
     * @param defaultValue the value used when none is given, or {@code null}
     * @param description  what to pass
     */
    public record Param(String name, boolean required, String defaultValue, String description) {

        /** Checks the name and description are present. */
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }

        /** Whether the parameter takes a whole number: its default value is one. */
        public boolean numeric() {
            return defaultValue != null && defaultValue.matches("[+-]?\\d+");
        }
    }
}

package org.newskg.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;

/** Reads the comment header of a {@code .rq} file and checks the query against it. */
final class QueryFileParser {

    private static final Pattern NAME = Pattern.compile("^#\\s*name:\\s*(\\S+)\\s*$");
    private static final Pattern DESCRIPTION = Pattern.compile("^#\\s*description:\\s*(.+?)\\s*$");
    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*(required|optional)"
                    + "(?:\\s*,\\s*default\\s+([^)]*?))?\\s*\\)\\s*(.*?)\\s*$");
    private static final Pattern HEADER_KEY = Pattern.compile("^#\\s*(name|description|param):.*");

    private QueryFileParser() {
    }

    /**
     * Parses one query file.
     *
     * @param source where the text came from, for error messages
     * @param text   the file's text
     * @throws IllegalArgumentException if the header is incomplete or malformed, the query
     *                                  does not parse, or a parameter is not a free variable
     */
    static CannedQuery parse(String source, String text) {
        String name = null;
        String description = null;
        List<CannedQuery.Param> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                if (trimmed.isEmpty()) {
                    continue;
                }
                break;
            }
            Matcher m;
            if ((m = NAME.matcher(trimmed)).matches()) {
                name = m.group(1);
            } else if ((m = DESCRIPTION.matcher(trimmed)).matches()) {
                description = m.group(1);
            } else if ((m = PARAM.matcher(trimmed)).matches()) {
                String defaultValue = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
                params.add(new CannedQuery.Param(m.group(1), m.group(2).equals("required"),
                        defaultValue, m.group(4)));
            } else if (HEADER_KEY.matcher(trimmed).matches()) {
                throw new IllegalArgumentException(source + ": malformed header line: " + trimmed);
            }
        }
        if (name == null) {
            throw new IllegalArgumentException(source + ": no '# name:' header line");
        }
        if (description == null) {
            throw new IllegalArgumentException(source + ": no '# description:' header line");
        }
        CannedQuery query = new CannedQuery(name, description, params, text);
        check(source, query);
        return query;
    }

    private static void check(String source, CannedQuery canned) {
        Query query;
        try {
            query = QueryFactory.create(canned.sparql());
        } catch (QueryException e) {
            throw new IllegalArgumentException(source + ": query " + canned.name() + " does not parse: "
                    + e.getMessage(), e);
        }
        Set<String> projected = query.getProjectVars().stream().map(Var::getVarName)
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (CannedQuery.Param p : canned.params()) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException(source + ": parameter " + p.name() + " declared twice");
            }
            if (projected.contains(p.name())) {
                throw new IllegalArgumentException(source + ": parameter " + p.name()
                        + " is also a result column; binding it would break the query");
            }
            Pattern use = Pattern.compile("[?$]" + Pattern.quote(p.name()) + "(?![A-Za-z0-9_])");
            if (!use.matcher(stripComments(canned.sparql())).find()) {
                throw new IllegalArgumentException(source + ": parameter " + p.name()
                        + " is not used as ?" + p.name() + " in the query");
            }
        }
    }

    private static String stripComments(String sparql) {
        return sparql.lines().filter(l -> !l.strip().startsWith("#"))
                .collect(Collectors.joining("\n"));
    }
}

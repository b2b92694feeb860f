package org.newskg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks one lexicon row passes before it becomes a {@link Frame}: the columns, the kind, the
 * property, and each role's key and value. The first problem is an {@link IllegalArgumentException}
 * "FILE:LINE: problem", one line, so that a typo in a user's lexicon stops the run at load.
 */
final class LexiconRowCheck {

    /** Roles whose value is a list of dependency relations (paths allowed: "acl:to>nsubj"). */
    static final List<String> RELATION_KEYS = List.of("object", "theme", "recipient", "requires", "subject");
    /** Roles that are true or false. */
    static final List<String> FLAG_KEYS = List.of("possessor", "controller-object", "reply", "mutual", "inverse");
    /** Roles that are a list of lemmas, or a property name. */
    static final List<String> OTHER_KEYS = List.of("objnoun", "also", "objtype");
    private static final Set<String> ENTITY_TYPES = Set.of("person", "organization", "location", "work");

    private static final Pattern RELATION = Pattern.compile("[a-z]+(:[a-z_]+)?(>[a-z]+(:[a-z_]+)?)*");
    private static final Pattern PROPERTY = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern LEMMA = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.-]*");
    private static final Pattern TRIGGER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.-]*( [\\p{L}\\p{N}'.-]+)?");

    private LexiconRowCheck() {
    }

    /** @param known the properties a row may name, or null for any well-formed name */
    static void check(TsvTable.Row r, Set<String> known) {
        String[] c = r.cells();
        if (c.length < 3 || c.length > 4) {
            throw r.error("expected 3 or 4 tab-separated columns (kind, trigger, property, roles), found " + c.length
                    + (c.length == 1 && c[0].contains(" ") ? " (spaces instead of tabs?)" : ""));
        }
        if (!c[0].equals("verb") && !c[0].equals("noun")) {
            throw r.error("kind must be verb or noun, not '" + c[0] + "'");
        }
        if (!TRIGGER.matcher(c[1]).matches()) {
            throw r.error("trigger must be a lemma, or a verb and its particle ('turn over'), not '" + c[1] + "'");
        }
        property(r, c[2], known, "property");
        if (c.length == 4) {
            roles(r, c[3], known);
        }
    }

    private static void property(TsvTable.Row r, String p, Set<String> known, String what) {
        if (!PROPERTY.matcher(p).matches()) {
            throw r.error(what + " must be the local name of an nkg: relation (messaged, memberOf...), not '" + p + "'");
        }
        if (known != null && !known.contains(p)) {
            throw r.error("unknown relation property '" + p + "' (known: " + String.join(", ", known) + ")");
        }
    }

    private static void roles(TsvTable.Row r, String roles, Set<String> known) {
        for (String part : roles.split(",")) {
            String kv = part.trim();
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw r.error("role '" + kv + "' must be key=value");
            }
            String key = kv.substring(0, eq).trim();
            String value = kv.substring(eq + 1).trim();
            if (RELATION_KEYS.contains(key)) {
                for (String rel : value.split("\\|", -1)) {
                    if (!RELATION.matcher(rel).matches()) {
                        throw r.error(key + ": '" + rel + "' is not a dependency relation (obj, obl:to, acl:to>nsubj)");
                    }
                }
            } else if (FLAG_KEYS.contains(key)) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw r.error(key + " must be true or false, not '" + value + "'");
                }
            } else if (key.equals("objnoun")) {
                for (String lemma : value.split("\\|", -1)) {
                    if (!LEMMA.matcher(lemma).matches()) {
                        throw r.error("objnoun: '" + lemma + "' is not a lemma");
                    }
                }
            } else if (key.equals("objtype")) {
                for (String type : value.split("\\|", -1)) {
                    if (!ENTITY_TYPES.contains(type)) {
                        throw r.error("objtype: '" + type + "' is not an entity type (person, organization, location, work)");
                    }
                }
            } else if (key.equals("also")) {
                property(r, value, known, "also");
            } else {
                throw r.error("unknown role '" + key + "' (known: " + String.join(", ", RELATION_KEYS) + ", "
                        + String.join(", ", FLAG_KEYS) + ", " + String.join(", ", OTHER_KEYS) + ")");
            }
        }
    }
}

package org.newskg.extract;

import org.newskg.model.Entity;
import org.newskg.model.Extraction;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An extraction as one readable line per fact, with labels instead of keys:
 * {@code Helen Marsh met Victor Lang [negated]}. What the fast rule tests compare.
 */
public final class FactLines {

    private FactLines() {
    }

    public static List<String> of(Extraction x) {
        Map<String, Entity> byKey = x.entities().stream().collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> a));
        List<String> out = new ArrayList<>();
        for (Relation r : x.relations()) {
            StringBuilder sb = new StringBuilder(label(byKey, r.subjectKey())).append(' ').append(r.predicate())
                    .append(' ').append(label(byKey, r.objectKey()));
            if (r.recipientKey() != null) {
                sb.append(" [to ").append(label(byKey, r.recipientKey())).append(']');
            }
            if (r.negated()) {
                sb.append(" [negated]");
            }
            if (r.hedged()) {
                sb.append(" [hedged]");
            }
            if (r.attributedToKey() != null) {
                sb.append(" [according to ").append(label(byKey, r.attributedToKey())).append(']');
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Quotations as {@code Speaker: "text"} (speaker "?" when unattributed). */
    public static List<String> quotes(Extraction x) {
        Map<String, Entity> byKey = x.entities().stream().collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> a));
        return x.quotes().stream().map(q -> (q.speakerKey() == null ? "?" : label(byKey, q.speakerKey())) + ": " + q.text()).toList();
    }

    private static String label(Map<String, Entity> byKey, String key) {
        if (key == null) {
            return "-";
        }
        Entity e = byKey.get(key);
        return e == null ? key : e.label();
    }
}

package org.newskg.store;

import org.newskg.model.EntityType;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;
import org.newskg.store.NameClusters.Group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the store knows about a bare one-word person name ("Brandt", "Marlowe") beyond the people
 * it fits by the surname rule, so that it joins no one, and no one else, on too little:
 * <ul>
 * <li>{@link #holders}: the people of the store whose surname it is, whatever their generation
 * ("Harold Brandt Jr." and "Harold Brandt Sr." both hold "Brandt"). When two or more do, the same
 * bare name in two documents may be two of them, and no full name ties them: it stays one entity
 * per document.</li>
 * <li>{@link #otherTypes}: organisations and places some document made the name a short form of by
 * an organisation's rule ("Marlowe" for "Marlowe Dynamics Group": its name without its trailing
 * words, an expansion, a listed short form; not a surname). NER often types a firm named after a family as
 * a person; such a name is ambiguous between the people it fits and those.</li>
 * </ul>
 */
final class BareNames {

    /** The rules by which a document makes a name an organisation's or a place's own short form. */
    private static final Set<String> SHORT_FORMS = Set.of(NameRule.SHORT_NAME.localName(), NameRule.EXPANSION.localName(),
            NameRule.KNOWN_SHORT_FORM.localName());

    private final NameRules rules;

    BareNames(NameRules rules) {
        this.rules = rules;
    }

    /** A person's name of one word (honorifics left out). */
    boolean bare(Group g) {
        return g.type == EntityType.PERSON && NameRules.tokens(rules.withoutHonorifics(g.full)).size() == 1;
    }

    /**
     * The roots of the longer person groups whose names hold the bare name as a surname, any
     * generational suffix left out, in key order.
     */
    List<Group> holders(Group g, NameIndex index) {
        List<String> name = NameRules.tokens(rules.withoutHonorifics(g.full));
        Set<Group> out = new TreeSet<>(Comparator.comparing((Group x) -> x.key));
        for (Group h : index.candidates(g)) {
            if (h.type == EntityType.PERSON && h.words > g.words && !h.office()) {
                List<String> t = new ArrayList<>(NameRules.tokens(rules.withoutHonorifics(h.full)));
                t.removeIf(w -> rules.hasGeneration(w));
                if (t.size() > name.size() && new HashSet<>(t).containsAll(name)) {
                    out.add(h.root());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The roots of the organisations and places of more than one word that some document gave the
     * bare name as a short form ({@link #SHORT_FORMS}); not places or firms that are only called so.
     */
    Map<Group, NameRule> otherTypes(Group g, NameIndex index) {
        Map<Group, NameRule> out = new LinkedHashMap<>();
        if (!bare(g)) {
            return out;
        }
        for (Group h : index.candidates(g)) {
            String rule = h.explained.get(g.full);
            if ((h.type == EntityType.ORGANIZATION || h.type == EntityType.LOCATION) && h.words > 1 && rule != null
                    && SHORT_FORMS.contains(rule)) {
                out.putIfAbsent(h.root(), NameRule.AMBIGUOUS);
            }
        }
        return out;
    }
}

package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.entities.Names;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * "a grand jury in the Eastern District of Virginia indicted X", "a court in Y sentenced X": the
 * body that acts in a court story is often no name CoreNLP finds. A noun of the tier-2 lexicon's
 * body rows, placed by "in" or "of" a named place, and the subject of a tier-2 verb, becomes an
 * organisation named by its noun phrase without the article ("grand jury in the Eastern District
 * of Virginia"), keyed by that name like any other organisation.
 */
final class JudicialBodies {

    private final DocContext ctx;
    private final Tier2Lexicon lexicon;

    JudicialBodies(DocContext ctx, Tier2Lexicon lexicon) {
        this.ctx = ctx;
        this.lexicon = lexicon;
    }

    /**
     * Adds the bodies as entities and makes their head nouns refer to them. A body named again
     * with fewer modifiers ("a federal grand jury in X" ... "the grand jury in X") is the same body:
     * a name that ends the longer name of another body of the document joins it.
     */
    void resolve() {
        List<Named> found = new ArrayList<>();
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                if (lexicon.isBody(g.lemma(t).toLowerCase()) && g.token(t).pos().startsWith("NN")
                        && !g.token(t).pos().startsWith("NNP") && ctx.entitiesAt(s, t).isEmpty() && actsInTier2(g, t)) {
                    int noun = t;
                    name(g, t).ifPresent(name -> found.add(new Named(s, noun, name)));
                }
            }
        }
        for (Named n : found) {
            String name = found.stream().map(Named::name).filter(other -> other.endsWith(" " + n.name()))
                    .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                    .orElse(n.name());
            String key = EntityType.ORGANIZATION.pathSegment() + "/" + Names.slug(name);
            Set<String> alt = name.equals(n.name()) ? Set.of() : Set.of(n.name());
            ctx.entities().entities().merge(key, new Entity(key, EntityType.ORGANIZATION, name, alt, List.of()),
                    (a, b) -> new Entity(key, a.type(), a.label(), union(a.altLabels(), b.altLabels()), a.aliases()));
            ctx.entities().refer(n.sentence(), n.noun(), key);
        }
    }

    private record Named(int sentence, int noun, String name) {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private boolean actsInTier2(SentenceGraph g, int t) {
        return g.incoming(t).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("nsubj")
                && (!lexicon.triggers().verb(g.lemma(d.governor()), null).isEmpty()
                || lexicon.isSupportVerb(g.lemma(d.governor()), null)));
    }

    /** The body's name: its noun phrase from the first modifier to the end of the place, without the article. */
    private Optional<String> name(SentenceGraph g, int noun) {
        int s = g.sentence().index();
        for (var d : g.outgoing(noun)) {
            // "the Manhattan district attorney's office": the office of a title placed by a named place
            int p = d.dependent();
            if (d.relation().equals("nmod:poss") && "TITLE".equals(g.token(p).ner()) && p < noun
                    && placed(g, s, first(g, p), p)) {
                return Optional.of(text(g, first(g, p), noun));
            }
        }
        for (var d : g.outgoing(noun)) {
            if (!d.relation().equals("nmod:in") && !d.relation().equals("nmod:of")
                    || !namesPlace(g, s, d.dependent(), d.relation().equals("nmod:in"))) {
                continue;
            }
            int start = noun;
            for (var m : g.outgoing(noun)) {
                if (m.dependent() < start && (m.relation().equals("amod") || m.relation().equals("compound"))) {
                    start = m.dependent();
                }
            }
            return Optional.of(text(g, start, last(g, d.dependent())));
        }
        return Optional.empty();
    }

    /** The words from start to end, spaced as written ("attorney's", "Virginia, U.S."). */
    private static String text(SentenceGraph g, int start, int end) {
        StringBuilder label = new StringBuilder();
        for (int i = start; i <= end; i++) {
            String w = g.token(i).word();
            label.append(label.length() == 0 || w.equals(",") || w.equals("'s") ? "" : " ").append(w);
        }
        return label.toString();
    }

    /** A token from start to end is a named place (a location entity or a proper noun tagged as one). */
    private boolean placed(SentenceGraph g, int s, int start, int end) {
        for (int i = start; i <= end; i++) {
            if (namesPlace(g, s, i, false)) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the subtree under {@code t}, without its article. */
    private static int first(SentenceGraph g, int t) {
        int start = t;
        for (var d : g.outgoing(t)) {
            if (d.dependent() < t && !Set.of("punct", "case", "det").contains(d.relation())) {
                start = Math.min(start, first(g, d.dependent()));
            }
        }
        return start;
    }

    /**
     * The place phrase names a place: a location entity or a proper noun tagged as one; after "in"
     * also a named jurisdiction ("in the Southern District of Ohio", which CoreNLP may tag an organisation).
     */
    private boolean namesPlace(SentenceGraph g, int s, int t, boolean in) {
        for (int i = t; i <= last(g, t); i++) {
            for (String k : ctx.entitiesAt(s, i)) {
                Entity e = ctx.entities().entity(k);
                if (e != null && (e.type() == EntityType.LOCATION || in && e.type() == EntityType.ORGANIZATION)) {
                    return true;
                }
            }
            if (g.token(i).pos().startsWith("NNP") && Set.of("LOCATION", "STATE_OR_PROVINCE", "CITY", "COUNTRY")
                    .contains(g.token(i).ner())) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the subtree under {@code t}. */
    private static int last(SentenceGraph g, int t) {
        int end = t;
        for (var d : g.outgoing(t)) {
            if (d.dependent() > t && !d.relation().equals("punct") && !d.relation().startsWith("acl")) {
                end = Math.max(end, last(g, d.dependent()));
            }
        }
        return end;
    }
}

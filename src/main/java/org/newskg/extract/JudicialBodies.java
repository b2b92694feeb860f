package org.newskg.extract;

import org.newskg.model.Entity;
import org.newskg.model.EntityType;

import java.util.Set;

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

    /** Adds the bodies as entities and makes their head nouns refer to them. */
    void resolve() {
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                if (lexicon.isBody(g.lemma(t).toLowerCase()) && g.token(t).pos().startsWith("NN")
                        && !g.token(t).pos().startsWith("NNP") && ctx.entitiesAt(s, t).isEmpty() && actsInTier2(g, t)) {
                    body(g, s, t);
                }
            }
        }
    }

    private boolean actsInTier2(SentenceGraph g, int t) {
        return g.incoming(t).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("nsubj")
                && (!lexicon.triggers().verb(g.lemma(d.governor()), null).isEmpty()
                || lexicon.isSupportVerb(g.lemma(d.governor()), null)));
    }

    private void body(SentenceGraph g, int s, int noun) {
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
            int end = last(g, d.dependent());
            StringBuilder label = new StringBuilder();
            for (int i = start; i <= end; i++) {
                String w = g.token(i).word();
                label.append(label.length() == 0 || w.equals(",") ? "" : " ").append(w);
            }
            String name = label.toString();
            String key = EntityType.ORGANIZATION.pathSegment() + "/" + Names.slug(name);
            ctx.entities().entities().putIfAbsent(key, new Entity(key, EntityType.ORGANIZATION, name, Set.of()));
            ctx.entities().refer(s, noun, key);
            return;
        }
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

package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.entities.Places;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Standing relations told by place names side by side: "Stockholm, Sweden" (locatedIn, not a list
 * of places), "California's Riverside County" (locatedIn) and "South Korea's police agency X"
 * (headquarteredIn, not for an organ of the state: "Iran's Quds Force").
 */
final class PlaceRelations extends TokenRule {

    private static final Set<String> LIST_WORDS = Set.of("and", "or", "&");

    private final Tier2Lexicon lexicon;
    private final Places places;

    PlaceRelations(DocContext ctx, Tier2Lexicon lexicon, Places places) {
        super(ctx);
        this.lexicon = lexicon;
        this.places = places;
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        possessivePlace(g, s, t, out);
        placeComma(g, s, t, out);
    }

    /** "South Korea's National Police Agency" (headquarteredIn), "California's Riverside County" (locatedIn). */
    private void possessivePlace(SentenceGraph g, int s, int t, List<Relation> out) {
        for (int owner : g.childrenExact(t, "nmod:poss")) {
            for (String placeKey : places.countries(s, owner)) {
                for (String key : ctx.entitiesAt(s, t)) {
                    EntityType type = ctx.entities().entity(key).type();
                    if (!key.equals(placeKey) && type == EntityType.ORGANIZATION && !lexicon.isStateOrgan(g.lemma(t))) {
                        out.add(fact(key, "headquarteredIn", placeKey, g.token(owner).word() + "'s", s));
                    }
                }
            }
            List<String> located = new ArrayList<>(ctx.entitiesOfType(s, t, EntityType.LOCATION));
            if (located.isEmpty()) {
                g.childrenExact(t, "compound").forEach(c -> located.addAll(ctx.entitiesOfType(s, c, EntityType.LOCATION)));
            }
            for (String placeKey : ctx.entitiesOfType(s, owner, EntityType.LOCATION)) {
                for (String key : located) {
                    if (!key.equals(placeKey)) {
                        out.add(fact(key, "locatedIn", placeKey, g.token(owner).word() + "'s", s));
                    }
                }
            }
        }
    }

    /** "Portland, Oregon": a place, a comma, a place, not a list of places. */
    private void placeComma(SentenceGraph g, int s, int t, List<Relation> out) {
        if (t + 2 >= g.size() || !g.token(t + 1).word().equals(",")) {
            return;
        }
        List<String> inner = ctx.entitiesOfType(s, t, EntityType.LOCATION);
        List<String> outer = ctx.entitiesOfType(s, t + 2, EntityType.LOCATION);
        if (inner.isEmpty() || outer.isEmpty() || !ctx.entitiesOfType(s, t + 1, EntityType.LOCATION).isEmpty()
                || g.childrenExact(t + 2, "compound").contains(t)) {
            // "a Washington, D.C. hotel": the parser made the two one name
            return;
        }
        int end = t + 2;
        while (end + 1 < g.size() && ctx.entities().at(s, end + 1).containsAll(outer) && !g.token(end + 1).word().equals(",")) {
            end++;
        }
        int start = t;
        while (start > 0 && ctx.entities().at(s, start - 1).containsAll(inner)) {
            start--;
        }
        boolean listAfter = end + 1 < g.size() && (LIST_WORDS.contains(g.token(end + 1).word().toLowerCase())
                || g.token(end + 1).word().equals(",") && listContinues(g, s, end + 2));
        boolean listBefore = start > 0 && (LIST_WORDS.contains(g.token(start - 1).word().toLowerCase())
                || g.token(start - 1).word().equals(",") && start > 1 && !ctx.entitiesOfType(s, start - 2, EntityType.LOCATION).isEmpty());
        if (listAfter || listBefore) {
            return;
        }
        for (String a : inner) {
            for (String b : outer) {
                Entity whole = ctx.entities().entity(b);
                boolean oneName = whole.label().contains(g.token(t).word() + ",")
                        || whole.altLabels().stream().anyMatch(l -> l.contains(g.token(t).word() + ","));
                if (!a.equals(b) && !oneName) {
                    out.add(fact(a, "locatedIn", b, g.token(t + 2).word(), s));
                }
            }
        }
    }

    /** After a comma, "and", "or" or another place within three tokens: a list of places, not one address. */
    private boolean listContinues(SentenceGraph g, int s, int from) {
        for (int i = from; i < Math.min(g.size(), from + 3); i++) {
            if (LIST_WORDS.contains(g.token(i).word().toLowerCase()) || !ctx.entitiesOfType(s, i, EntityType.LOCATION).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Relation fact(String subject, String property, String object, String trigger, int sentence) {
        return StandingRelations.fact(subject, property, object, trigger, sentence);
    }
}

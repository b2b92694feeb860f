package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.entities.NamingParticiples;
import org.newskg.extract.entities.Places;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.speech.VoiceDetector;
import org.newskg.model.Dependency;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "X is based in Y", "a firm headquartered in Y", "the consulate in Y" (headquarteredIn,
 * locatedIn); "X from Kenya" (citizenOf); "his wife X", "X's husband Y", "X was married to Y" (spouseOf). Words from
 * {@link Tier2Lexicon}; negation and attribution from the {@link VoiceDetector}.
 */
final class SeatsAndSpouses extends TokenRule {

    private final Tier2Lexicon lexicon;
    private final Places places;

    SeatsAndSpouses(DocContext ctx, Tier2Lexicon lexicon, Places places) {
        super(ctx);
        this.lexicon = lexicon;
        this.places = places;
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (g.token(t).pos().startsWith("VB")) {
            seat(g, s, t, out);
            marriedTo(g, s, t, out);
        }
        if (g.token(t).pos().startsWith("NN") || lexicon.isDistributive(g.token(t).word())) {
            placeIn(g, s, t, out);
            if (lexicon.spouseNoun(g.token(t).word()) != null) {
                spouse(g, s, t, out);
            }
        }
    }

    /** "X is based in Y" (passive subject), "a firm based in Y" (the noun the participle modifies). */
    private void seat(SentenceGraph g, int s, int verb, List<Relation> out) {
        List<String> properties = lexicon.seat(g.lemma(verb));
        if (properties == null) {
            return;
        }
        List<Integer> holders = new ArrayList<>(g.childrenExact(verb, "nsubj:pass"));
        holders.addAll(g.childrenExact(verb, "nsubj"));
        g.incoming(verb).stream().filter(d -> d.relation().startsWith("acl") && d.governor() >= 0)
                .forEach(d -> holders.add(d.governor()));
        List<String> placesIn = new ArrayList<>();
        for (int p : g.childrenExact(verb, "obl:in")) {
            placesIn.addAll(ctx.entitiesOfType(s, p, EntityType.LOCATION));
        }
        Voice v = voices.voice(s, verb, List.of());
        for (int h : holders) {
            String pos = g.token(h).pos();
            if (pos.startsWith("NN") && !pos.startsWith("NNP") && g.incoming(h).stream().anyMatch(d -> d.governor() == verb)) {
                // "the website was based in X": a common noun's coreference is too weak for a standing fact
                continue;
            }
            for (String key : ctx.entitiesAt(s, h)) {
                EntityType type = ctx.entities().entity(key).type();
                List<String> props = type == EntityType.ORGANIZATION ? properties
                        : type == EntityType.LOCATION ? List.of("locatedIn") : List.of();
                for (String place : placesIn) {
                    for (String p : props) {
                        if (!place.equals(key)) {
                            out.add(withVoice(key, p, place, g.token(verb).word() + " in", s, v));
                        }
                    }
                }
            }
        }
    }

    /** "the Russian Consulate in New York", "a political party in Ukraine": a place or organisation in a place. */
    private void placeIn(SentenceGraph g, int s, int noun, List<Relation> out) {
        List<Integer> heads = new ArrayList<>(List.of(noun));
        for (Dependency d : g.incoming(noun)) {
            if (d.relation().equals("appos") && d.governor() >= 0) {
                heads.add(d.governor());
                if (lexicon.isDistributive(g.token(noun).word())) {
                    // "Queloz and Mayor, both from Switzerland": each of the coordinated names
                    heads.addAll(g.children(d.governor(), "conj"));
                }
            }
        }
        for (int p : g.childrenExact(noun, "nmod:from")) {
            List<Integer> from = new ArrayList<>(heads);
            if (g.outgoing(p).stream().anyMatch(d -> lexicon.isDistributive(g.token(d.dependent()).word()))) {
                // "X and Y, both from Z" parsed with "both" under Z
                heads.forEach(h -> from.addAll(g.children(h, "conj")));
            }
            for (String country : places.countries(s, p)) {
                for (int h : from) {
                    for (String key : ctx.entitiesOfType(s, h, EntityType.PERSON)) {
                        out.add(StandingRelations.fact(key, "citizenOf", country, "from", s));
                    }
                }
            }
        }
        for (int p : g.childrenExact(noun, "nmod:in")) {
            for (String place : ctx.entitiesOfType(s, p, EntityType.LOCATION)) {
                for (int h : heads) {
                    List<String> facility = FacilityObjects.named(ctx, lexicon, g, s, h);
                    List<String> keys = facility.isEmpty() ? ctx.entitiesAt(s, h) : facility;
                    for (String key : keys.isEmpty() ? NamingParticiples.named(g, s, h, ctx) : keys) {
                        EntityType type = ctx.entities().entity(key).type();
                        if (!key.equals(place) && (type == EntityType.LOCATION || type == EntityType.ORGANIZATION)
                                && !ctx.entitiesAt(s, p).contains(key)
                                && !ctx.entities().entity(key).label().contains(g.token(p).word())) {
                            out.add(StandingRelations.fact(key, "locatedIn", place, "in", s));
                        }
                    }
                }
            }
        }
    }

    /** "X was married to Y", "X married Y" is in the lexicon; this is the passive-looking form. */
    private void marriedTo(SentenceGraph g, int s, int verb, List<Relation> out) {
        if (!g.lemma(verb).equals("marry") || g.childrenExact(verb, "obl:to").isEmpty()) {
            return;
        }
        List<String> a = new ArrayList<>();
        for (int n : g.childrenExact(verb, "nsubj:pass")) {
            a.addAll(ctx.entitiesOfType(s, n, EntityType.PERSON));
        }
        for (int n : g.childrenExact(verb, "nsubj")) {
            a.addAll(ctx.entitiesOfType(s, n, EntityType.PERSON));
        }
        List<Integer> objects = new ArrayList<>(g.childrenExact(verb, "obl:to"));
        new ArrayList<>(objects).forEach(o -> objects.addAll(g.children(o, "conj")));
        objects.addAll(semicolonList(g, s, objects.stream().mapToInt(Integer::intValue).min().orElse(g.size())));
        Voice v = voices.voice(s, verb, a);
        for (String x : a) {
            for (int o : objects) {
                for (String y : ctx.entitiesOfType(s, o, EntityType.PERSON)) {
                    if (!x.equals(y)) {
                        out.add(withVoice(x, "spouseOf", y, g.token(verb).word() + " to", s, v));
                    }
                }
            }
        }
    }

    /**
     * "was married to A; conductor B, who ...; and author C; but ...": the people heading each
     * semicolon-separated item after the first, up to an item opened by "but".
     */
    private List<Integer> semicolonList(SentenceGraph g, int s, int first) {
        List<Integer> out = new ArrayList<>();
        for (int i = first + 1; i < g.size(); i++) {
            if (!g.token(i).word().equals(";")) {
                continue;
            }
            int j = i + 1;
            if (j < g.size() && g.token(j).word().equalsIgnoreCase("and")) {
                j++;
            }
            if (j >= g.size() || g.token(j).word().equalsIgnoreCase("but")) {
                break;
            }
            for (; j < g.size() && !g.token(j).word().equals(",") && !g.token(j).word().equals(";"); j++) {
                if (!ctx.entitiesOfType(s, j, EntityType.PERSON).isEmpty()) {
                    int end = j;
                    while (end + 1 < g.size() && ctx.entitiesAt(s, end + 1).equals(ctx.entitiesAt(s, j))) {
                        end++;
                    }
                    // a bare item ("; director Sidney Lumet;"), not a clause ("; Jones said ...")
                    if (end + 1 >= g.size() || Set.of(",", ";", ".").contains(g.token(end + 1).word())) {
                        out.add(j);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** "his wife X", "X's husband, Y", "X, the widow of Y"; "X's business partner Y" (the noun's row names the property). */
    private void spouse(SentenceGraph g, int s, int t, List<Relation> out) {
        List<String> owners = new ArrayList<>();
        for (int p : g.children(t, "nmod:poss")) {
            owners.addAll(ctx.entitiesOfType(s, p, EntityType.PERSON));
        }
        for (int p : g.childrenExact(t, "nmod:of")) {
            owners.addAll(ctx.entitiesOfType(s, p, EntityType.PERSON));
        }
        for (int p : g.childrenExact(t, "compound")) {
            // "former Manafort business partner Richard Davis"
            if (p < t && g.token(p).pos().startsWith("NNP")) {
                owners.addAll(ctx.entitiesOfType(s, p, EntityType.PERSON));
                owners.addAll(ctx.entitiesOfType(s, p, EntityType.ORGANIZATION));
            }
        }
        List<String> partner = new ArrayList<>(ctx.entitiesOfType(s, t, EntityType.PERSON));
        for (Dependency d : g.incoming(t)) {
            if (partner.isEmpty() && d.relation().equals("appos") && d.governor() >= 0) {
                partner.addAll(ctx.entitiesOfType(s, d.governor(), EntityType.PERSON));
            }
        }
        for (Dependency d : g.outgoing(t)) {
            if (partner.isEmpty() && (d.relation().equals("appos") || d.relation().equals("flat"))) {
                partner.addAll(ctx.entitiesOfType(s, d.dependent(), EntityType.PERSON));
            }
        }
        if (partner.isEmpty() && t + 1 < g.size() && g.token(t + 1).pos().startsWith("NNP")) {
            partner.addAll(ctx.entitiesOfType(s, t + 1, EntityType.PERSON));
        }
        partner.removeAll(owners);
        for (String owner : owners) {
            for (String p : partner) {
                out.add(StandingRelations.fact(p, lexicon.spouseNoun(g.token(t).word()), owner, g.token(t).word(), s));
            }
        }
    }

    private Relation withVoice(String subject, String property, String object, String trigger, int s, Voice v) {
        return new Relation(subject, property, object, trigger, null, null, null, v.negated(), v.hedged(),
                v.attributedTo(), v.hedged() ? 0.5 : 0.8, s);
    }
}

package org.newskg.extract;

import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * "X was killed in a US counter-terrorism operation", "X was killed by US special forces": a
 * passive tier-2 verb without a named agent, whose means (an instrument row: operation,
 * airstrike) or whose agent phrase (an organ row: forces, troops) is modified by a country or its
 * demonym, has that country as agent.
 */
final class CountryAgents extends TokenRule {

    private final Tier2Lexicon lexicon;
    private final Places places;

    CountryAgents(DocContext ctx, Tier2Lexicon lexicon, Places places) {
        super(ctx);
        this.lexicon = lexicon;
        this.places = places;
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (g.token(t).pos().equals("VBN") && (g.hasChild(t, "nsubj:pass") || g.hasChild(t, "aux:pass"))) {
            passive(g, s, t, out);
        }
    }

    private void passive(SentenceGraph g, int s, int verb, List<Relation> out) {
        List<Frame> frames = lexicon.triggers().verb(g.lemma(verb).toLowerCase(), null);
        if (frames.isEmpty() || !frames.get(0).objectRels().contains("obj")) {
            return;
        }
        List<Integer> agents = new ArrayList<>(g.childrenExact(verb, "obl:by"));
        agents.addAll(g.childrenExact(verb, "obl:agent"));
        if (agents.stream().anyMatch(a -> !ctx.entitiesAt(s, a).isEmpty())) {
            return;
        }
        String country = null;
        for (int a : agents) {
            country = country != null ? country : lexicon.isStateOrgan(g.lemma(a)) ? countryOf(g, s, a) : null;
        }
        for (int m : g.childrenExact(verb, "obl:in")) {
            country = country != null ? country : lexicon.isInstrument(g.lemma(m)) ? countryOf(g, s, m) : null;
        }
        if (country == null) {
            return;
        }
        List<String> objects = args.patientsOf(g, s, verb);
        Voice v = voices.voice(s, verb, List.of(country));
        String date = TriggerDates.first(ctx, g, s, verb);
        for (String o : objects) {
            if (!o.equals(country)) {
                out.add(new Relation(country, frames.get(0).property(), o, g.token(verb).word(), null, null, date,
                        v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.5 : 0.7, s));
            }
        }
    }

    /** The country a noun's compound or adjective names: "a US operation", "Israeli forces". */
    private String countryOf(SentenceGraph g, int s, int noun) {
        for (var d : g.outgoing(noun)) {
            if (d.dependent() < noun && (d.relation().equals("compound") || d.relation().equals("amod"))) {
                List<String> named = places.countries(s, d.dependent());
                if (!named.isEmpty()) {
                    return named.get(0);
                }
                String place = places.demonyms().placeOf(g.token(d.dependent()).word());
                if (place != null) {
                    return places.placeKey(place);
                }
            }
        }
        return null;
    }
}

package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.entities.Places;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "X was killed in a US counter-terrorism operation", "X was killed by US special forces": a
 * passive tier-2 verb without a named agent, whose means (an instrument row: operation,
 * airstrike) or whose agent phrase (an organ row: forces, troops) is modified by a country or its
 * demonym, has that country as agent; so has an active one whose subject is such an organ
 * ("Israeli troops attacked X"). A definite means told before ("also killed in the airstrike")
 * is the same country's.
 */
final class CountryAgents extends TokenRule {

    private final Tier2Lexicon lexicon;
    private final Places places;

    CountryAgents(DocContext ctx, Tier2Lexicon lexicon, Places places) {
        super(ctx);
        this.lexicon = lexicon;
        this.places = places;
    }

    /** The country last found as the agent of an event done by each means ("airstrike"), in text order. */
    private final Map<String, String> byMeans = new HashMap<>();

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (g.token(t).pos().equals("VBN") && (g.hasChild(t, "nsubj:pass") || g.hasChild(t, "aux:pass"))) {
            passive(g, s, t, out);
        } else if (g.token(t).pos().startsWith("VB") && !args.isPassive(g, t)) {
            active(g, s, t, out);
        }
    }

    /** "United States military forces killed X in an airstrike": a subject organ modified by a country. */
    private void active(SentenceGraph g, int s, int verb, List<Relation> out) {
        List<Frame> frames = lexicon.triggers().verb(g.lemma(verb).toLowerCase(), null);
        if (frames.isEmpty() || !frames.get(0).objectRels().contains("obj")) {
            return;
        }
        String country = null;
        for (int n : g.childrenExact(verb, "nsubj")) {
            if (ctx.entitiesAt(s, n).isEmpty() && lexicon.isStateOrgan(g.lemma(n))) {
                country = countryOf(g, s, n);
            }
        }
        if (country == null) {
            return;
        }
        emit(g, s, verb, frames.get(0), country, args.objects(g, s, verb, frames.get(0)), out);
    }

    /** The means of the event ("in an airstrike") now stands for this country's. */
    private void remember(SentenceGraph g, int verb, String country) {
        for (int m : g.childrenExact(verb, "obl:in")) {
            if (lexicon.isInstrument(g.lemma(m))) {
                byMeans.put(g.lemma(m), country);
            }
        }
    }

    /** "who was also killed in the airstrike": a definite means told before with its country. */
    private String toldBefore(SentenceGraph g, int means) {
        boolean definite = g.childrenExact(means, "det").stream().anyMatch(d -> g.token(d).word().equalsIgnoreCase("the"));
        return definite ? byMeans.get(g.lemma(means)) : null;
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
        for (int m : g.childrenExact(verb, "obl:in")) {
            country = country != null ? country : lexicon.isInstrument(g.lemma(m)) ? toldBefore(g, m) : null;
        }
        if (country == null) {
            return;
        }
        emit(g, s, verb, frames.get(0), country, args.patientsOf(g, s, verb), out);
    }

    /** The country's facts on each object of the verb, with the verb's voice and date. */
    private void emit(SentenceGraph g, int s, int verb, Frame frame, String country, List<String> objects,
                      List<Relation> out) {
        remember(g, verb, country);
        Voice v = voices.voice(s, verb, List.of(country));
        String date = TriggerDates.first(ctx, g, s, verb);
        for (String o : objects) {
            if (!o.equals(country)) {
                out.add(new Relation(country, frame.property(), o, g.token(verb).word(), null, null, date,
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

package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.entities.Places;
import org.newskg.extract.speech.Voice;
import org.newskg.model.Dependency;
import org.newskg.model.Relation;
import org.newskg.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * Tier-2 events named by nouns: "the acquisition of X by Y", "an attack on X", "X's resignation
 * from Y", "X's arrest" (a noun row with possessor=true: the possessor is the one it happened to).
 * The agent is the by-phrase, the possessor, a name compounded with the noun ("the FBI
 * investigation"), or the subject of a support verb whose object the noun is ("Y launched an
 * attack on X", "signed an agreement with X"); any other governing verb does not make its subject
 * the agent ("approved the attacks on X" is not an attack).
 */
public final class NominalTriggers extends TokenRule {

    private final Tier2Lexicon lexicon;

    private Places places;

    NominalTriggers(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    /** With the document's places: "an investigation into Russian interference" then names Russia. */
    NominalTriggers withPlaces(Places places) {
        this.places = places;
        return this;
    }

    @Override
    void token(SentenceGraph g, int s, int n, List<Relation> out) {
        if (!g.token(n).pos().startsWith("NN")) {
            return;
        }
        for (Frame f : lexicon.nouns().noun(g.lemma(n))) {
            if (facts(g, s, n, f, out)) {
                break;
            }
        }
    }

    private boolean facts(SentenceGraph g, int s, int n, Frame f, List<Relation> out) {
        List<String> objects = new ArrayList<>(args.via(g, s, n, f.objectRels()));
        if (objects.isEmpty()) {
            objects.addAll(undergoers(g, s, n));
        }
        if (objects.isEmpty() && places != null && lexicon.takesCountryObject(f.property())) {
            objects.addAll(countryObjects(g, n, f.objectRels()));
        }
        List<String> owners = args.via(g, s, n, List.of("nmod:poss"));
        if (f.possessor()) {
            objects.addAll(owners);
        }
        List<String> subjects = new ArrayList<>(args.via(g, s, n, f.subjectRels()));
        if (subjects.isEmpty() && !f.possessor()) {
            subjects.addAll(owners);
        }
        if (subjects.isEmpty()) {
            subjects.addAll(args.via(g, s, n, List.of("compound")));
            subjects.removeAll(objects);
        }
        if (subjects.isEmpty() && g.hasChild(n, "cop")) {
            // "X was a critic of Y", "X is a supporter of Y"
            subjects.addAll(args.via(g, s, n, List.of("nsubj")));
        }
        Integer support = supportVerb(g, n);
        if (subjects.isEmpty() && support != null) {
            subjects.addAll(args.subjects(g, s, support));
        }
        Integer host = support == null ? hostVerb(g, n) : null;
        if (subjects.isEmpty() && host != null) {
            subjects.addAll(args.subjects(g, s, host));
            support = host;
        }
        if (subjects.isEmpty() || objects.isEmpty()) {
            return false;
        }
        int anchor = support != null ? support : n;
        Voice v = voices.voice(s, anchor, subjects);
        String trigger = support != null ? g.token(support).word() + " " + g.token(n).word() : g.token(n).word();
        String date = date(g, s, anchor, n);
        for (String subj : subjects) {
            for (String obj : objects) {
                if (!subj.equals(obj)) {
                    out.add(new Relation(subj, f.property(), obj, trigger, null, null, date, v.negated(), v.hedged(),
                            v.attributedTo(), v.hedged() ? 0.4 : 0.7, s));
                }
            }
        }
        return true;
    }

    /** "into Russian interference": the country whose demonym modifies the object noun. */
    private List<String> countryObjects(SentenceGraph g, int n, List<String> rels) {
        List<String> out = new ArrayList<>();
        for (String rel : rels) {
            for (int o : g.childrenExact(n, rel)) {
                if (!g.token(o).pos().startsWith("NN") || g.token(o).pos().startsWith("NNP")) {
                    continue;
                }
                for (int a : g.childrenExact(o, "amod")) {
                    String place = places.demonyms().placeOf(g.token(a).word());
                    if (place != null && a < o) {
                        out.add(places.placeKey(place));
                    }
                }
            }
        }
        return out;
    }

    /** The verb whose object (or passive subject) the noun is, when it is a support verb of the lexicon. */
    private Integer supportVerb(SentenceGraph g, int n) {
        for (Dependency d : g.incoming(n)) {
            if (d.governor() >= 0 && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                    && lexicon.isSupportVerb(g.lemma(d.governor()), particle(g, d.governor()))) {
                return d.governor();
            }
        }
        return null;
    }

    /** "toured the site during a visit to X": the verb a host noun hangs from by one of its relations. */
    private Integer hostVerb(SentenceGraph g, int n) {
        List<String> rels = lexicon.hostRelations(g.lemma(n));
        for (Dependency d : g.incoming(n)) {
            if (d.governor() >= 0 && rels.contains(d.relation()) && g.token(d.governor()).pos().startsWith("VB")) {
                return d.governor();
            }
        }
        return null;
    }

    private static String particle(SentenceGraph g, int verb) {
        List<Integer> prt = g.children(verb, "compound:prt");
        return prt.isEmpty() ? null : g.token(prt.get(0)).word().toLowerCase();
    }

    /** A date on the support verb or the noun ("the December 31 attack", "the attacks of 2001"), else the sentence's date. */
    private String date(SentenceGraph g, int s, int verb, int noun) {
        for (int head : List.of(verb, noun)) {
            for (Dependency d : g.outgoing(head)) {
                // "the attacks of 2001", "the raid in May": a date the noun itself takes
                boolean own = head == noun && (d.relation().equals("nmod:of") || d.relation().equals("nmod:in"));
                if (d.relation().startsWith("obl") || d.relation().startsWith("nmod:tmod") || d.relation().equals("compound")
                        || d.relation().startsWith("nmod:on") || own) {
                    TimeExpression t = ctx.time().at(s, d.dependent());
                    String date = t == null ? null : ctx.time().dateOf(t);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return ctx.time().sentenceDate(s);
    }

    /** "X has been the subject of US sanctions": the subject of a copular undergoer noun (cue) whose "of" is the event. */
    private List<String> undergoers(SentenceGraph g, int s, int n) {
        for (var d : g.incoming(n)) {
            int u = d.governor();
            if (d.relation().equals("nmod:of") && u >= 0 && ctx.cues().is("undergoer", g.lemma(u)) && g.hasChild(u, "cop")) {
                return args.via(g, s, u, List.of("nsubj"));
            }
        }
        return List.of();
    }
}

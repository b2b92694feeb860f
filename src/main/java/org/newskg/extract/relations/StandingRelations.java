package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.entities.Demonyms;
import org.newskg.extract.entities.Places;
import org.newskg.model.Dependency;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Standing tier-2 relations told by noun phrases: "Kenyan runner X" and "X, a Russian oligarch"
 * (citizenOf), "the Hungarian firm X", "Oslo-based X" (headquarteredIn), "Iranian-backed X"
 * (supported); places and possessives in {@link PlaceRelations}. The words are data: {@link Demonyms}, {@link Tier2Lexicon}.
 */
final class StandingRelations extends TokenRule {

    private final Tier2Lexicon lexicon;
    private final Places places;

    StandingRelations(DocContext ctx, Tier2Lexicon lexicon, Places places) {
        super(ctx);
        this.lexicon = lexicon;
        this.places = places;
    }

    @Override
    public List<Relation> extract() {
        List<Relation> out = super.extract();
        out.addAll(new PlaceRelations(ctx, lexicon, places).extract());
        return out;
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        demonym(g, s, t, out);
        hyphenated(g, s, t, out);
    }

    /** "Kenyan runner X", "X, a Russian oligarch", "the Hungarian firm X". */
    private void demonym(SentenceGraph g, int s, int t, List<Relation> out) {
        String word = g.token(t).word();
        List<String> countries = countriesOf(g, t);
        if (!isModifier(g, t) || partOfOwnName(s, t) || coordinated(g, t) || "RELIGION".equals(g.token(t).ner())) {
            return;
        }
        for (String place : countries) {
            demonymFacts(g, s, t, word, place, out);
        }
    }

    /** "Kenyan", "South Korean", and each half of "Canadian-American". */
    private List<String> countriesOf(SentenceGraph g, int t) {
        String word = g.token(t).word();
        String two = t > 0 ? places.demonyms().placeOf(g.token(t - 1).word() + " " + word) : null;
        if (two != null || places.demonyms().placeOf(word) != null) {
            String first = two != null ? two : places.demonyms().placeOf(word);
            String second = t + 2 < g.size() && g.token(t + 1).word().equals("-") ? placeOfPart(g.token(t + 2).word()) : null;
            // "Canadian - US scientist X": the tokenizer split the pair
            return second == null || second.equals(first) ? List.of(first) : List.of(first, second);
        }
        List<String> out = new ArrayList<>();
        for (String part : word.split("-")) {
            String p = places.demonyms().placeOf(part) != null ? places.demonyms().placeOf(part) : places.demonyms().placeNamed(part);
            if (p == null || word.indexOf('-') < 0) {
                return List.of();
            }
            out.add(p);
        }
        return out;
    }

    private String placeOfPart(String part) {
        String p = places.demonyms().placeOf(part);
        return p != null ? p : places.demonyms().placeNamed(part);
    }

    /** The place's entity is made (when the text never names it) only once a fact needs it. */
    private void demonymFacts(SentenceGraph g, int s, int t, String word, String place, List<Relation> out) {
        for (String key : holder(g, s, t)) {
            EntityType type = ctx.entities().entity(key).type();
            if (ctx.entities().entity(key).label().contains(word)) {
                continue;
            }
            String property = type == EntityType.PERSON && !servesOrgan(g, t) ? "citizenOf"
                    : type == EntityType.ORGANIZATION && !modifiesStateOrgan(g, t) ? "headquarteredIn" : null;
            if (property != null) {
                out.add(fact(key, property, places.placeKey(place), word, s));
            }
        }
    }

    /** "Oslo-based X" (headquarteredIn), "Iranian-backed X" (supported, the place as subject); one token or three. */
    private void hyphenated(SentenceGraph g, int s, int t, List<Relation> out) {
        String word = g.token(t).word();
        int dash = word.lastIndexOf('-');
        String suffix = dash > 0 ? word.substring(dash + 1) : word;
        String property = lexicon.based(suffix);
        boolean split = dash < 0 && t >= 2 && g.token(t - 1).word().equals("-");
        if (property == null || dash < 0 && !split || dash == word.length() - 1) {
            return;
        }
        String prefix = split ? g.token(t - 2).word() : word.substring(0, dash);
        List<String> holders = holder(g, s, t).stream().filter(k -> property.equals("headquarteredIn")
                ? ctx.entities().entity(k).type() == EntityType.ORGANIZATION
                : ctx.entities().entity(k).type() != EntityType.WORK).toList();
        if (holders.isEmpty()) {
            return;
        }
        String placeKey = null;
        if (split) {
            placeKey = ctx.entitiesOfType(s, t - 2, EntityType.LOCATION).stream().findFirst().orElse(null);
            String ner = g.token(t - 2).ner();
            if (placeKey == null && places.demonyms().placeOf(prefix) == null && ner != null
                    && Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION").contains(ner)) {
                placeKey = places.placeKey(places.demonyms().placeNamed(prefix) != null
                        ? places.demonyms().placeNamed(prefix) : prefix);
            }
        }
        if (placeKey == null) {
            String place = places.demonyms().placeOf(prefix);
            placeKey = place != null ? places.placeKey(place) : places.namedPlace(prefix);
        }
        if (placeKey == null) {
            return;
        }
        word = split ? prefix + "-" + word : word;
        for (String key : holders) {
            EntityType type = ctx.entities().entity(key).type();
            if (property.equals("headquarteredIn") && type == EntityType.ORGANIZATION) {
                out.add(fact(key, property, placeKey, word, s));
            } else if (!property.equals("headquarteredIn") && type != EntityType.WORK) {
                out.add(fact(placeKey, property, key, word, s));
            }
        }
    }

    /** "the British parliament", "the Philippine government": the demonym names the state the organ belongs to. */
    private boolean modifiesStateOrgan(SentenceGraph g, int t) {
        return g.incoming(t).stream().anyMatch(d -> d.governor() > t && lexicon.isStateOrgan(g.lemma(d.governor())));
    }

    /** "the Hungarian government commissioner": the demonym says whose government he serves, not his citizenship. */
    private boolean servesOrgan(SentenceGraph g, int t) {
        return g.incoming(t).stream().filter(d -> d.governor() > t).anyMatch(d -> g.childrenExact(d.governor(), "compound")
                .stream().anyMatch(c -> c > t && lexicon.isStateOrgan(g.lemma(c))));
    }

    /** "his Greek, Cypriot and French counterparts": which demonym goes with which name is not told. */
    private static boolean coordinated(SentenceGraph g, int t) {
        return g.hasChild(t, "conj") || g.incoming(t).stream().anyMatch(d -> d.relation().startsWith("conj"));
    }

    /** The demonym modifies a noun: an adjective or a compound before it. */
    private static boolean isModifier(SentenceGraph g, int t) {
        return g.incoming(t).stream().anyMatch(d -> d.governor() > t
                && (d.relation().equals("amod") || d.relation().equals("compound")));
    }

    /** "the Russian Consulate", "Russian hackers": the demonym is part of a name of its own. */
    private boolean partOfOwnName(int s, int t) {
        return ctx.entities().at(s, t).stream().map(k -> ctx.entities().entity(k))
                .anyMatch(e -> e != null && e.type() != EntityType.LOCATION);
    }

    /**
     * The person or organisation a modifier describes: up through the nouns it modifies
     * ("Egyptian President al-Sisi"), then to the name in apposition ("X, a Russian oligarch";
     * "the Russian firm, X") or the subject of a copula ("X is a Russian oligarch").
     */
    private List<String> holder(SentenceGraph g, int s, int t) {
        int node = t;
        for (int steps = 0; steps < 4; steps++) {
            Dependency up = null;
            for (Dependency d : g.incoming(node)) {
                if (d.governor() > node && (d.relation().equals("amod") || d.relation().equals("compound"))) {
                    up = d;
                }
            }
            if (up == null) {
                break;
            }
            node = up.governor();
            // a common noun ("the South Korean website") stands for a name only in apposition, not by coreference
            boolean common = !g.token(node).pos().startsWith("NNP");
            List<String> found = common ? namedAppositive(g, s, node) : agents(s, node);
            if (!found.isEmpty()) {
                return withConjuncts(g, s, node, found);
            }
        }
        if (node == t) {
            return List.of();
        }
        for (Dependency d : g.incoming(node)) {
            if (d.relation().equals("appos") && d.governor() >= 0) {
                List<String> found = agents(s, d.governor());
                return found.isEmpty() ? abbreviation(g, s, d.governor()) : found;
            }
        }
        for (int a : g.childrenExact(node, "appos")) {
            List<String> found = agents(s, a);
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (g.hasChild(node, "cop")) {
            for (int n : g.childrenExact(node, "nsubj")) {
                return agents(s, n);
            }
        }
        return List.of();
    }

    /**
     * "the Russian energy company Gazprom", "the Norwegian shipping company Vestfold Lines": a common
     * noun with a name in apposition stands for that name, whatever a coreference chain made of the noun.
     */
    private List<String> namedAppositive(SentenceGraph g, int s, int node) {
        // the parser links the name by appos, or by a bare dep when the noun runs straight into it
        for (int a : java.util.stream.Stream.concat(g.childrenExact(node, "appos").stream(),
                g.childrenExact(node, "dep").stream()).toList()) {
            if (adjacentName(g, node, a)) {
                List<String> found = agents(s, a);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * Whether the apposition's head {@code a} is a proper noun that follows {@code node} directly,
     * or after one comma, with only proper nouns of the same name between ("company Vestfold Lines").
     */
    private static boolean adjacentName(SentenceGraph g, int node, int a) {
        if (a <= node || !g.token(a).pos().startsWith("NNP")) {
            return false;
        }
        int first = g.token(node + 1).word().equals(",") ? node + 2 : node + 1;
        for (int i = first; i < a; i++) {
            if (!g.token(i).pos().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /** "Swiss astronomers Michel Mayor and Didier Queloz": the names coordinated with the one found. */
    private List<String> withConjuncts(SentenceGraph g, int s, int node, List<String> found) {
        List<String> all = new ArrayList<>(found);
        for (int c : g.children(node, "conj")) {
            agents(s, c).stream().filter(k -> !all.contains(k)).forEach(all::add);
        }
        return all;
    }

    /** "the Popular Mobilization Forces (PMF), an Iranian-backed militia": a long name not found stands for its abbreviation. */
    private List<String> abbreviation(SentenceGraph g, int s, int head) {
        for (Dependency d : g.outgoing(head)) {
            int c = d.dependent();
            if ((d.relation().equals("dep") || d.relation().equals("appos")) && c > head + 1
                    && g.token(c - 1).pos().equals("-LRB-") && g.token(c).pos().startsWith("NN")) {
                return agents(s, c);
            }
        }
        return List.of();
    }

    private List<String> agents(int s, int token) {
        List<String> out = new ArrayList<>(ctx.entitiesOfType(s, token, EntityType.PERSON));
        out.addAll(ctx.entitiesOfType(s, token, EntityType.ORGANIZATION));
        return out.size() == 1 ? out : List.of();
    }

    static Relation fact(String subject, String property, String object, String trigger, int sentence) {
        return new Relation(subject, property, object, trigger, null, null, null, false, false, null, 0.75, sentence);
    }
}

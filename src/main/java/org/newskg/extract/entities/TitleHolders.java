package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The titles a document gives the people it names: "Health Minister Declan Carrick" (a title
 * right before the name), "Pike's lawyer, Dana Whitfield" and "Kristoffersen, the former chief
 * executive" (a title in apposition). A title nominal ("the minister", "the new finance
 * minister") fits a person when that person holds a title of the same head word that carries
 * every restrictive word of the nominal; {@link #holders} says who fits, so that callers can
 * refuse a reading two people could take.
 *
 * @param <K> how the caller names a person (a candidate's set, an entity key)
 */
final class TitleHolders<K> {

    /**
     * A title: its head's lemma, its words (surface forms and lemmas, lower case) and those of
     * them that name a place or nationality ("Estonian", "Oregon").
     */
    record Title(String head, Set<String> words, Set<String> places) {
    }

    private static final Set<String> PLACE_NER = Set.of("NATIONALITY", "COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY");

    /** True when the token names a place or a nationality. */
    static boolean isPlace(SentenceGraph g, int t) {
        return PLACE_NER.contains(g.token(t).ner());
    }

    /**
     * True when a person titled {@code held} can be who the nominal {@code n} means: the same head,
     * every restricting word of the nominal in the title (a place word only where the title names a
     * place at all: "the Turkish president" is "President Erdogan"), and no word in the title that
     * makes it another office or a past one ("Vice President", "former president") unless the
     * nominal says it too.
     */
    boolean admits(Title held, Title n) {
        if (!held.head().equals(n.head()) || !carries(held.words(), held.places(), n)) {
            return false;
        }
        for (String w : held.words()) {
            if ((cues.is("past-tenure", w) || cues.is("rank", w)) && !n.words().contains(w)) {
                return false;
            }
        }
        return true;
    }

    private final Map<K, List<Title>> titles = new LinkedHashMap<>();
    private final Cues cues;

    private TitleHolders(Cues cues) {
        this.cues = cues;
    }

    /**
     * The titles of the people of a document; {@code personAt} gives the person a token names
     * (or null), as (sentence, token).
     */
    static <K> TitleHolders<K> find(List<SentenceGraph> graphs, Cues cues, BiFunction<Integer, Integer, K> personAt) {
        TitleHolders<K> h = new TitleHolders<>(cues);
        for (SentenceGraph g : graphs) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                K person = personAt.apply(s, t);
                if (person == null) {
                    if (h.isTitleWord(g, t)) {
                        h.apposed(g, s, t, personAt);
                    }
                    continue;
                }
                if (t > 0 && personAt.apply(s, t - 1) == null && h.isTitleWord(g, t - 1)) {
                    h.add(person, h.prenominal(g, t - 1));
                }
            }
        }
        return h;
    }

    /**
     * "the president, Arne Vik", "Arne Vik, the president", "the Turkish President Recep Tayyip
     * Erdogan": a title noun in apposition with a name, or the parse's head of one.
     */
    private void apposed(SentenceGraph g, int s, int t, BiFunction<Integer, Integer, K> personAt) {
        K linked = linkedName(g, s, t, personAt);
        if (linked != null) {
            add(linked, nominal(g, t));
        }
    }

    /** The name a title noun is in apposition with or heads ("President ... Erdogan" as dep), or null. */
    static <K> K linkedName(SentenceGraph g, int s, int t, BiFunction<Integer, Integer, K> personAt) {
        for (var d : g.outgoing(t)) {
            if ((d.relation().equals("appos") || d.relation().equals("dep") && d.dependent() > t)
                    && personAt.apply(s, d.dependent()) != null) {
                return personAt.apply(s, d.dependent());
            }
        }
        for (var d : g.incoming(t)) {
            if (d.relation().equals("appos") && d.governor() >= 0 && personAt.apply(s, d.governor()) != null) {
                return personAt.apply(s, d.governor());
            }
        }
        return null;
    }

    private void add(K person, Title title) {
        List<Title> own = titles.computeIfAbsent(person, k -> new ArrayList<>());
        if (!own.contains(title)) {
            own.add(title);
        }
    }

    /** "former state treasurer", "Ashford Town manager": the words before a name, up to the last title word. */
    private Title prenominal(SentenceGraph g, int last) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (int k = last; k >= 0 && isTitleRunWord(g, k); k--) {
            words.add(g.token(k).word().toLowerCase(Locale.ROOT));
            words.add(g.lemma(k));
            if (isPlace(g, k)) {
                places.add(g.token(k).word().toLowerCase(Locale.ROOT));
            }
        }
        return new Title(g.lemma(last), words, places);
    }

    private static boolean isTitleRunWord(SentenceGraph g, int k) {
        String pos = g.token(k).pos();
        return (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("HYPH"))
                && !"PERSON".equals(g.token(k).ner());
    }

    /** True when the token is a noun naming a role or office ("minister", "chief executive"). */
    boolean isTitleWord(SentenceGraph g, int t) {
        return g.token(t).pos().startsWith("NN") && ("TITLE".equals(g.token(t).ner())
                || cues.titleRelation(g.token(t).word()) != null || cues.titleRelation(g.lemma(t)) != null);
    }

    /**
     * The title a nominal names: its head and the words that restrict it ("finance" in "the
     * finance minister", "new" in "the new minister"). Adjectives that only describe
     * ("veteran", "other") restrict nothing, unless they place the holder in time.
     */
    Title nominal(SentenceGraph g, int head) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (var d : g.outgoing(head)) {
            int m = d.dependent();
            boolean modifier = d.relation().equals("amod") || d.relation().equals("compound");
            String w = g.token(m).word().toLowerCase(Locale.ROOT);
            if (m < head && modifier && (cues.is("tenure", w) || !cues.is("descriptive", w))) {
                for (int k = g.span(m)[0]; k <= m; k++) {
                    if (!g.token(k).pos().equals("DT") && !g.token(k).pos().equals("POS")) {
                        words.add(g.token(k).word().toLowerCase(Locale.ROOT));
                        if (isPlace(g, k)) {
                            places.add(g.token(k).word().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return new Title(g.lemma(head), words, places);
    }

    /**
     * True when words (of a title or a name, with the place words among them) carry every
     * restricting word of the nominal; its place words only where they name a place at all.
     */
    static boolean carries(Set<String> words, Set<String> places, Title n) {
        for (String w : n.words()) {
            if (!words.contains(w) && (!n.places().contains(w) || !places.isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** True when some person of the document holds a title with this head. */
    boolean anyWithHead(String head) {
        return titles.values().stream().flatMap(List::stream).anyMatch(t -> t.head().equals(head));
    }

    /** The people holding a title the nominal can mean. */
    Set<K> holders(Title nominal) {
        Set<K> out = new LinkedHashSet<>();
        titles.forEach((person, own) -> {
            if (own.stream().anyMatch(t -> admits(t, nominal))) {
                out.add(person);
            }
        });
        return out;
    }
}

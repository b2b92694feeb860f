package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/** Arguments a trigger leaves implicit, found in its context: "when they met", "X responded". */
final class ImplicitArguments {

    private ImplicitArguments() {
    }

    /** "when they met": a plural pronoun as the subject of a meeting. */
    static boolean pluralSubject(SentenceGraph g, int verb) {
        return g.children(verb, "nsubj").stream().map(n -> g.token(n).word().toLowerCase())
                .anyMatch(w -> w.equals("they") || w.equals("we") || w.equals("both"));
    }

    /** The two people named last before the trigger in its sentence ("Mifsud ... Papadopoulos ... they met"). */
    static List<String> lastTwoPeople(DocContext ctx, SentenceGraph g, int s, int verb) {
        List<String> people = new ArrayList<>();
        for (int t = verb - 1; t >= 0 && people.size() < 2; t--) {
            if (g.token(t).pos().startsWith("PRP")) {
                continue;
            }
            for (String key : ctx.entities().at(s, t)) {
                var e = ctx.entities().entity(key);
                if (e != null && e.type() == org.newskg.model.EntityType.PERSON && !people.contains(key)) {
                    people.add(key);
                }
            }
        }
        return people.size() == 2 ? people : List.of();
    }

    /** The subject of the latest message or request to this entity, for "X responded". */
    static List<String> lastWriterTo(String entity, List<Relation> sofar) {
        for (int i = sofar.size() - 1; i >= 0; i--) {
            Relation r = sofar.get(i);
            if (r.objectKey().equals(entity) && (r.predicate().equals("messaged") || r.predicate().equals("solicited"))) {
                return List.of(r.subjectKey());
            }
        }
        return List.of();
    }
}

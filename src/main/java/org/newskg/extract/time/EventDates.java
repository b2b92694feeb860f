package org.newskg.extract.time;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Relation;
import org.newskg.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The meetings took place on July 30 and August 1, 2016": a sentence that only dates a
 * meeting already told dates the last meeting before it, once per date it names, with that
 * sentence as evidence.
 */
public final class EventDates {

    private static final Set<String> HAPPEN = Set.of("take", "occur", "happen");
    private static final Set<String> EVENT_NOUNS = Set.of("meeting", "meetings", "encounter", "encounters");

    private final DocContext ctx;

    public EventDates(DocContext ctx) {
        this.ctx = ctx;
    }

    public List<Relation> extract(List<Relation> sofar) {
        List<Relation> out = new ArrayList<>();
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            if (!datesAMeeting(g)) {
                continue;
            }
            Relation last = lastMeetingBefore(s, sofar);
            if (last == null) {
                continue;
            }
            for (String date : dates(s)) {
                out.add(new Relation(last.subjectKey(), "met", last.objectKey(), g.token(rootOf(g)).word(), null, null,
                        date, false, false, null, 0.6, s));
            }
        }
        return out;
    }

    private boolean datesAMeeting(SentenceGraph g) {
        for (int t = 0; t < g.size(); t++) {
            if (!HAPPEN.contains(g.lemma(t)) || !g.token(t).pos().startsWith("VB")) {
                continue;
            }
            boolean place = g.lemma(t).equals("take") ? g.childrenExact(t, "obj").stream()
                    .anyMatch(o -> g.lemma(o).equals("place")) : true;
            boolean meeting = g.children(t, "nsubj").stream()
                    .anyMatch(n -> EVENT_NOUNS.contains(g.token(n).word().toLowerCase()));
            if (place && meeting) {
                return true;
            }
        }
        return false;
    }

    private static int rootOf(SentenceGraph g) {
        for (int t = 0; t < g.size(); t++) {
            if (g.incoming(t).stream().anyMatch(d -> d.governor() < 0)) {
                return t;
            }
        }
        return 0;
    }

    private static Relation lastMeetingBefore(int sentence, List<Relation> sofar) {
        Relation last = null;
        for (Relation r : sofar) {
            if (r.predicate().equals("met") && r.sentence() < sentence && !r.negated() && !r.hedged()
                    && (last == null || r.sentence() >= last.sentence())) {
                last = r;
            }
        }
        return last;
    }

    private List<String> dates(int sentence) {
        List<String> out = new ArrayList<>();
        for (TimeExpression t : ctx.time().timesIn(sentence)) {
            String d = ctx.time().dateOf(t);
            if (d != null && !out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }
}

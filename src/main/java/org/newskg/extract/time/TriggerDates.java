package org.newskg.extract.time;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;
import org.newskg.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * When a trigger's fact happened: the dates its own phrase names (none when that phrase fixes no
 * day: "last week"), else a measured interval from the clause it modifies ({@link IntervalDates}),
 * else its sentence's.
 */
public final class TriggerDates {

    private TriggerDates() {
    }

    /**
     * The dates attached to the trigger ("on October 12", "on May 4 and June 9"), else the
     * sentence's narrative date; a list holding null when there is none.
     */
    public static List<String> of(DocContext ctx, SentenceGraph g, int s, int trigger) {
        List<String> all = new ArrayList<>(own(ctx, g, s, trigger));
        // "interacted with X in July and again at a meeting in September": a verbless conjunct
        // with a date of its own tells the same fact once more
        for (int c : g.children(trigger, "conj")) {
            if (g.token(c).pos().startsWith("VB")) {
                continue;
            }
            for (Dependency d : g.outgoing(c)) {
                String more = d.relation().startsWith("obl") || d.relation().startsWith("nmod") ? dateAt(ctx, s, d.dependent()) : null;
                if (more != null && !all.contains(more)) {
                    all.add(more);
                }
            }
        }
        return all;
    }

    /** The first date attached to the trigger, else the sentence's narrative date (null when none). */
    public static String first(DocContext ctx, SentenceGraph g, int s, int trigger) {
        return own(ctx, g, s, trigger).get(0);
    }

    private static List<String> own(DocContext ctx, SentenceGraph g, int s, int trigger) {
        boolean vague = false;
        for (Dependency d : g.outgoing(trigger)) {
            if (d.relation().startsWith("obl") || d.relation().startsWith("nmod:tmod")) {
                TimeExpression t = ctx.time().at(s, d.dependent());
                vague |= t != null && ctx.time().dateOf(t) == null && DateForms.VAGUE.matcher(t.text()).matches();
                String date = dateAt(ctx, s, d.dependent());
                for (int c : g.childrenExact(d.dependent(), "compound")) {
                    // "Monday night", "Friday morning": the day compounded with a time of day dates it
                    date = date != null ? date : dateAt(ctx, s, c);
                }
                if (date != null) {
                    List<String> all = new ArrayList<>(List.of(date));
                    for (int c : g.children(d.dependent(), "conj")) {
                        String more = dateAt(ctx, s, c);
                        if (more != null && !all.contains(more)) {
                            all.add(more);
                        }
                    }
                    return all;
                }
            }
        }
        if (vague || vagueAbove(ctx, g, s, trigger)) {
            // "called X last week": the fact has a time of its own that fixes no day, so the story's day is not its day
            return java.util.Collections.singletonList(null);
        }
        String carried = argumentDate(ctx, g, s, trigger);
        if (carried != null) {
            return List.of(carried);
        }
        String shifted = IntervalDates.of(ctx, g, s, trigger);
        return java.util.Collections.singletonList(shifted != null ? shifted : ctx.time().sentenceDate(s));
    }

    /** "The paper reported last week that X had texted Y": the report's vague time leaves what it reports undated. */
    private static boolean vagueAbove(DocContext ctx, SentenceGraph g, int s, int trigger) {
        for (Dependency up : g.incoming(trigger)) {
            if (!up.relation().equals("ccomp") || up.governor() < 0) {
                continue;
            }
            for (Dependency d : g.outgoing(up.governor())) {
                TimeExpression t = d.relation().startsWith("obl") || d.relation().startsWith("nmod:tmod")
                        ? ctx.time().at(s, d.dependent()) : null;
                if (t != null && ctx.time().dateOf(t) == null && DateForms.VAGUE.matcher(t.text()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "appointed X to her position in 2017": a date phrase the parser hung on the common noun
     * that is the trigger's oblique argument, rather than on the trigger, dates the trigger.
     */
    private static String argumentDate(DocContext ctx, SentenceGraph g, int s, int trigger) {
        for (int arg : g.children(trigger, "obl")) {
            if (!g.token(arg).pos().startsWith("NN") || g.token(arg).pos().startsWith("NNP")) {
                continue;
            }
            for (Dependency d : g.outgoing(arg)) {
                if (d.relation().equals("nmod:in") || d.relation().equals("nmod:on")) {
                    TimeExpression t = ctx.time().at(s, d.dependent());
                    if (t != null && "DATE".equals(t.type())) {
                        return ctx.time().dateOf(t);
                    }
                }
            }
        }
        return null;
    }

    private static String dateAt(DocContext ctx, int s, int token) {
        TimeExpression t = ctx.time().at(s, token);
        return t == null ? null : ctx.time().dateOf(t);
    }
}

package org.newskg.extract.time;

import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;

import java.util.Set;

/**
 * Where a date attaches in its sentence: to the sentence's events, or only to a noun ("the
 * meeting on January 12") or a relative clause ("the proclamation, which was made on Monday")
 * that tells when that thing was.
 */
final class DateAttachment {

    private DateAttachment() {
    }

    /**
     * Whether a date is the date of the sentence's events: not when it dates a noun ("for the
     * meeting on January 12"), which tells when that thing was, unless the noun is the clause's
     * own time ("after the June 3 call"), nor when it dates a relative clause ("went ahead with
     * the meeting that X had requested on May 4": the request was on May 4, the meeting not).
     */
    static boolean datesSentence(Sentence s, TimeExpression t) {
        for (int k = t.beginToken(); k < t.endToken(); k++) {
            for (var d : s.dependencies()) {
                if (d.dependent() == k && (d.governor() < t.beginToken() || d.governor() >= t.endToken())) {
                    boolean nounAttached = d.governor() >= 0 && (d.relation().startsWith("nmod") && !d.relation().equals("nmod:tmod")
                            || d.relation().equals("compound")) && s.tokens().get(d.governor()).pos().startsWith("NN");
                    if (nounAttached && !isTimeOfClause(s, d.governor()) || inRelativeClause(s, d.governor())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether the clause a date attaches to is told in the past tense ("resigned in March", "had met on May 2"). */
    static boolean pastTense(Sentence s, TimeExpression t) {
        int head = -1;
        for (var d : s.dependencies()) {
            if (d.dependent() >= t.beginToken() && d.dependent() < t.endToken()
                    && (d.governor() < t.beginToken() || d.governor() >= t.endToken())) {
                head = d.governor();
                break;
            }
        }
        for (int steps = 0; steps < 4 && head >= 0 && !s.tokens().get(head).pos().startsWith("VB"); steps++) {
            int h = head;
            head = s.dependencies().stream().filter(d -> d.dependent() == h).mapToInt(d -> d.governor()).findFirst().orElse(-1);
        }
        if (head < 0) {
            return false;
        }
        String pos = s.tokens().get(head).pos();
        int verb = head;
        boolean future = s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux")
                && s.tokens().get(d.dependent()).pos().equals("MD"));
        boolean pastAux = s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("aux")
                && s.tokens().get(d.dependent()).pos().equals("VBD"));
        return !future && (pos.equals("VBD") || pos.equals("VBN") && pastAux);
    }

    private static boolean inRelativeClause(Sentence s, int head) {
        return head >= 0 && s.tokens().get(head).pos().startsWith("VB")
                && s.dependencies().stream().anyMatch(d -> d.dependent() == head && (d.relation().equals("acl:relcl")
                || d.relation().equals("ccomp") && d.governor() >= 0 && s.tokens().get(d.governor()).pos().startsWith("NN")));
    }

    private static final Set<String> TEMPORAL = Set.of("after", "before", "following", "during", "at", "since", "until",
            "on", "in", "upon", "within", "by");

    /** "Shortly after his June 3 call, X emailed ...": the dated noun is itself the clause's time. */
    private static boolean isTimeOfClause(Sentence s, int noun) {
        return s.dependencies().stream().anyMatch(d -> d.dependent() == noun && d.relation().startsWith("obl:")
                && TEMPORAL.contains(d.relation().substring(4)));
    }
}

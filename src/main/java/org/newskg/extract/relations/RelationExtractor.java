package org.newskg.extract.relations;

import org.newskg.extract.ClauseLinks;
import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.Lexicon;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.speech.VoiceDetector;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Dependency;
import org.newskg.model.Relation;
import org.newskg.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Relations from verb and noun triggers of the lexicon, over the dependency graph. */
public final class RelationExtractor {

    private final DocContext ctx;
    private final Lexicon lexicon;
    private final Arguments args;
    private final VoiceDetector voices;
    private final TypeFits types;
    private final QuotedRequests requests;

    public RelationExtractor(DocContext ctx, Lexicon lexicon) {
        this.ctx = ctx;
        this.lexicon = lexicon;
        this.args = new Arguments(ctx);
        this.voices = new VoiceDetector(ctx);
        this.types = new TypeFits(ctx);
        this.requests = new QuotedRequests(ctx);
    }

    public List<Relation> extract() {
        List<Relation> out = new ArrayList<>();
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            for (int i = 0; i < g.size(); i++) {
                int t = i;
                String pos = g.token(t).pos();
                if (pos.startsWith("VB")) {
                    applicable(g, t, lexicon.verb(g.lemma(t), particle(g, t))).ifPresent(f -> verbFacts(g, s, f, t, out));
                } else if (pos.startsWith("NN")) {
                    applicable(g, t, lexicon.noun(g.lemma(t))).ifPresent(f -> nounFacts(g, s, t, f, out));
                }
            }
        }
        return out;
    }

    /** The first frame whose conditions the trigger meets. */
    private static Optional<Frame> applicable(SentenceGraph g, int t, List<Frame> frames) {
        for (Frame f : frames) {
            boolean required = f.requires().isEmpty() || f.requires().stream().anyMatch(r -> requirementMet(g, t, r));
            boolean objectFits = f.objectNouns().isEmpty() || g.childrenExact(t, "obj").stream()
                    .anyMatch(o -> f.objectNouns().contains(g.lemma(o)) || f.objectNouns().contains(g.token(o).word().toLowerCase()));
            if (required && objectFits) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** "ccomp:whether": a ccomp dependent introduced by "whether"; else a plain relation name. */
    private static boolean requirementMet(SentenceGraph g, int t, String r) {
        int colon = r.indexOf(':');
        if (colon > 0 && (r.startsWith("ccomp") || r.startsWith("xcomp") || r.startsWith("advcl"))) {
            String rel = r.substring(0, colon);
            String marker = r.substring(colon + 1);
            // the clause's marker or modal: "ccomp:whether", "ccomp:should" ("told X he should resign")
            // a complement clause without "that" may be parsed as parataxis ("told Berg he should resign")
            List<Integer> clauses = new ArrayList<>(g.children(t, rel));
            if (rel.equals("ccomp")) {
                clauses.addAll(g.children(t, "parataxis"));
            }
            return clauses.stream().anyMatch(c -> java.util.stream.Stream.concat(
                    g.children(c, "mark").stream(), g.childrenExact(c, "aux").stream())
                    .anyMatch(m -> g.token(m).word().equalsIgnoreCase(marker)));
        }
        // "called on Turkey to ...", not "called on December 29"
        java.util.function.Predicate<Integer> notTime = c -> !r.startsWith("obl") || !TIMES.contains(g.token(c).ner());
        return g.childrenExact(t, r).stream().anyMatch(notTime) || g.children(t, r).stream().anyMatch(notTime);
    }

    private static final java.util.Set<String> TIMES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("back", "over", "along", "out", "on");

    /** The verb's particle: "turned over", "wrote back" (which the parser may call an adverb). */
    private static String particle(SentenceGraph g, int t) {
        List<Integer> prt = new ArrayList<>(g.children(t, "compound:prt"));
        g.childrenExact(t, "advmod").stream().filter(a -> PARTICLES.contains(g.token(a).word().toLowerCase()))
                .forEach(prt::add);
        return prt.isEmpty() ? null : g.token(prt.get(0)).word().toLowerCase();
    }

    private void verbFacts(SentenceGraph g, int s, Frame f, int verb, List<Relation> out) {
        if (isRequestedAction(g, verb) || !f.property().equals("solicited") && requests.isRequest(g, verb)) {
            return;
        }
        Integer purposeOf = purposeOf(g, verb);
        List<String> subjects = purposeOf != null ? args.subjects(g, s, purposeOf) : args.subjects(g, s, verb);
        List<String> objects = args.objects(g, s, verb, f);
        var quote = ctx.quoteAt(g.token(verb).begin());
        if (quote != null && subjects.isEmpty() && g.children(verb, "nsubj").isEmpty()
                && ctx.speakers().containsKey(quote)) {
            subjects = List.of(ctx.speakers().get(quote));
        }
        if (quote != null && objects.isEmpty() && f.property().equals("solicited") && ctx.addressees().containsKey(quote)) {
            objects = List.of(ctx.addressees().get(quote));
        }
        if (objects.isEmpty() && f.reply() && subjects.size() == 1) {
            objects = ImplicitArguments.lastWriterTo(subjects.get(0), out);
        }
        if (objects.isEmpty() && f.property().equals("met") && subjects.size() <= 1 && ImplicitArguments.pluralSubject(g, verb)) {
            subjects = ImplicitArguments.lastTwoPeople(ctx, g, s, verb);
        }
        if (objects.isEmpty() && f.mutual() && subjects.size() > 1) {
            // "X and Y spoke by phone": each spoke with the other
            for (String a : subjects) {
                verbFacts(g, s, f, verb, List.of(a), subjects.stream().filter(b -> !b.equals(a)).toList(), out);
            }
            return;
        }
        if (objects.isEmpty() && f.property().equals("met") && subjects.size() > 1) {
            objects = subjects.subList(1, subjects.size());
            subjects = subjects.subList(0, 1);
        }
        verbFacts(g, s, f, verb, subjects, objects, out);
    }

    private void verbFacts(SentenceGraph g, int s, Frame f, int verb, List<String> subjects, List<String> objects,
                           List<Relation> out) {
        if (subjects.isEmpty() || objects.isEmpty()) {
            return;
        }
        String theme = theme(g, verb, f);
        List<String> recipients = args.via(g, s, verb, f.recipientRels());
        Voice v = voices.voice(s, verb, subjects);
        double confidence = args.isPassive(g, verb) || ClauseLinks.isParticipleModifier(g, verb) ? 0.75 : 0.85;
        if (f.inverse()) {
            // "the council, which includes Russia": Russia is the member
            List<String> swap = subjects;
            subjects = objects;
            objects = swap;
        }
        for (String subj : subjects) {
            for (String obj : objects) {
                if (!subj.equals(obj) && types.fit(subj, f.property(), obj) && (f.inverse() || types.objectFits(f, obj))) {
                    out.addAll(relations(g, s, verb, subj, f.property(), obj, theme,
                            recipients.stream().filter(r -> !r.equals(obj) && !r.equals(subj)).findFirst().orElse(null),
                            v, v.hedged() ? confidence - 0.3 : confidence));
                    if (f.also() != null && types.fit(subj, f.also(), obj)) {
                        out.addAll(relations(g, s, verb, subj, f.also(), obj, null, null, v,
                                v.hedged() ? confidence - 0.4 : confidence - 0.1));
                    }
                }
            }
        }
    }

    /**
     * "Flynn called Kislyak to request restraint": after a verb of contact, the open clause is
     * the caller's purpose, so its subject is the caller, not the one called. A clause with a
     * subject of its own ("When Flynn spoke with X, X informed him") is no such purpose.
     */
    private Integer purposeOf(SentenceGraph g, int verb) {
        for (Dependency d : g.childrenExact(verb, "nsubj").isEmpty() ? g.incoming(verb) : List.<Dependency>of()) {
            if (d.governor() >= 0 && (d.relation().equals("xcomp") || d.relation().startsWith("advcl"))
                    && applicable(g, d.governor(), lexicon.verb(g.lemma(d.governor()), particle(g, d.governor())))
                    .map(f -> f.property().equals("messaged")).orElse(false)) {
                return d.governor();
            }
        }
        return null;
    }

    /** "encouraged the campaign to refuse": what was asked for is not something that happened. */
    private boolean isRequestedAction(SentenceGraph g, int verb) {
        for (Dependency d : g.incoming(verb)) {
            if (d.relation().equals("xcomp") && d.governor() >= 0) {
                int gov = d.governor();
                boolean asks = applicable(g, gov, lexicon.verb(g.lemma(gov), particle(g, gov)))
                        .map(f -> f.property().equals("solicited")).orElse(false);
                if (asks && !g.childrenExact(gov, "obj").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    // Inside a quotation an imperative request ("Strongly suggest your dad tweets this link")
    // is the speaker asking the addressee: handled in verbFacts above.

    /** "Trump tweeted praise of the report": the noun's subject is its verb's subject. */
    private void nounFacts(SentenceGraph g, int s, int noun, Frame f, List<Relation> out) {
        Integer verb = null;
        for (Dependency d : g.incoming(noun)) {
            if (d.governor() >= 0 && g.token(d.governor()).pos().startsWith("VB")) {
                verb = d.governor();
                break;
            }
        }
        List<String> subjects = List.of();
        for (String rel : f.subjectRels()) {
            subjects = subjects.isEmpty() ? nounArgument(g, s, noun, verb, rel) : subjects;
        }
        if (subjects.isEmpty()) {
            subjects = args.via(g, s, noun, List.of("nmod:poss"));
        }
        Integer host = verb != null ? verb : TimePhraseHosts.clauseAbove(g, noun, args);
        if (subjects.isEmpty() && host != null) {
            subjects = args.subjects(g, s, host);
        }
        List<String> agents = subjects;
        List<String> objects = new ArrayList<>();
        for (String rel : f.objectRels()) {
            objects.addAll(nounArgument(g, s, noun, verb, rel));
        }
        objects.removeAll(agents);
        if (objects.isEmpty() && f.controllerObject() && verb != null && !f.subjectRels().isEmpty()) {
            // "complied with the request of X", "at X's request, Y suggested": Y was asked
            objects.addAll(args.subjects(g, s, verb));
            objects.removeAll(agents);
        }
        if (subjects.isEmpty() || objects.isEmpty()) {
            return;
        }
        Voice v = voices.voice(s, verb == null ? noun : verb, subjects);
        for (String subj : subjects) {
            for (String obj : objects) {
                if (!subj.equals(obj) && types.fit(subj, f.property(), obj)) {
                    out.addAll(relations(g, s, noun, subj, f.property(), obj, null, null, v, 0.7));
                    if (f.mutual()) {
                        out.addAll(relations(g, s, noun, obj, f.property(), subj, null, null, v, 0.6));
                    }
                }
            }
        }
    }

    /**
     * An argument of a noun trigger; "took a call from X", "had a meeting with X": the parser may
     * hang the noun's phrase on the light verb whose object the noun is (obl:from for nmod:from).
     */
    private List<String> nounArgument(SentenceGraph g, int s, int noun, Integer verb, String rel) {
        List<String> found = args.via(g, s, noun, List.of(rel));
        if (found.isEmpty() && verb != null && rel.startsWith("nmod:") && !rel.equals("nmod:poss")
                && g.childrenExact(verb, "obj").contains(noun)) {
            found = args.via(g, s, verb, List.of("obl:" + rel.substring(5)));
        }
        return found;
    }

    private String theme(SentenceGraph g, int verb, Frame f) {
        for (String rel : f.themeRels()) {
            for (int h : g.childrenExact(verb, rel)) {
                int[] span = g.span(h);
                String text = g.text(span[0], span[1]).replaceAll("^(to|that|whether)\\s+", "");
                text = text.replaceAll(",\\s*(which|who|whom|whose)\\b.*$", "");
                return text.replaceAll("[\\s,.;:]+$", "");
            }
        }
        return null;
    }

    /** The fact, once per date the trigger names ("met on April 12 and April 26"). */
    private List<Relation> relations(SentenceGraph g, int s, int trigger, String subj, String property, String obj,
                                     String theme, String recipient, Voice v, double confidence) {
        String source = v.attributedTo() != null ? v.attributedTo() : quotedBy(g, trigger, subj);
        List<Relation> out = new ArrayList<>();
        for (String date : TriggerDates.of(ctx, g, s, trigger)) {
            out.add(new Relation(subj, property, obj, triggerText(g, trigger), theme, recipient, date,
                    v.negated(), v.hedged(), source, Math.round(confidence * 100) / 100.0, s));
        }
        return out;
    }

    /** A fact told inside someone's quotation is their claim, of themselves too ("I informed John"). */
    private String quotedBy(SentenceGraph g, int trigger, String subject) {
        var q = ctx.quoteAt(g.token(trigger).begin());
        return q == null ? null : ctx.speakers().get(q);
    }

    /** The trigger word with its particle, and "tried to" / "attempted to" when it is controlled. */
    private static String triggerText(SentenceGraph g, int t) {
        StringBuilder sb = new StringBuilder(g.token(t).word());
        for (int p : g.children(t, "compound:prt")) {
            sb.append(' ').append(g.token(p).word());
        }
        for (Dependency d : g.incoming(t)) {
            if (d.relation().equals("xcomp") && d.governor() >= 0 && d.governor() < t) {
                return g.token(d.governor()).word() + " to " + sb;
            }
        }
        return sb.toString();
    }
}

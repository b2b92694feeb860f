package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Lexicon;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Dependency;
import org.newskg.model.EntityType;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Speech through a channel: "X wrote on Twitter that Y ...", "X responded to her letter on
 * Twitter", "X told the public via Twitter, '... Y ...'". A verb of saying or writing whose
 * "on" or "via" names a channel of the cue list ({@code channel}) gives that channel's relation
 * (tweeted) from the speaker to whom the post is about: the one answered ("her letter": her),
 * else the first entity the post itself names (its clause or its quotation).
 */
public final class ChannelPosts extends TokenRule {

    private final Lexicon lexicon;

    public ChannelPosts(DocContext ctx, Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    @Override
    void token(SentenceGraph g, int s, int v, List<Relation> out) {
        if (!g.token(v).pos().startsWith("VB") || !saysOrWrites(g.lemma(v))) {
            return;
        }
        String property = channel(g, v);
        if (property != null) {
            post(g, s, v, property, out);
        }
    }

    private boolean saysOrWrites(String lemma) {
        return ctx.cues().is("reporting", lemma) || lexicon.verbExpresses(lemma, "messaged");
    }

    /** The relation of the channel the verb, or what it answers, goes through; else null. */
    private String channel(SentenceGraph g, int v) {
        List<Integer> heads = new ArrayList<>(List.of(v));
        heads.addAll(g.children(v, "obl:to"));
        heads.addAll(g.childrenExact(v, "obj"));
        for (int h : heads) {
            for (Dependency d : g.outgoing(h)) {
                String r = d.relation();
                if (r.equals("obl:on") || r.equals("obl:via") || r.equals("nmod:on") || r.equals("nmod:via")) {
                    String p = ctx.cues().channelRelation(g.token(d.dependent()).word());
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private void post(SentenceGraph g, int s, int v, String property, List<Relation> out) {
        List<String> subjects = args.subjects(g, s, v);
        for (Dependency d : g.incoming(v)) {
            // "President Trump, who ... responded to her letter on Twitter"
            if (subjects.isEmpty() && d.relation().equals("acl:relcl") && d.governor() >= 0) {
                subjects = ctx.entitiesAt(s, d.governor());
            }
        }
        if (subjects.isEmpty()) {
            return;
        }
        String subject = subjects.get(0);
        String object = answered(g, s, v, subject);
        if (object == null) {
            object = firstNamed(g, s, v, subject);
        }
        if (object == null || !isAgent(subject)) {
            return;
        }
        Voice voice = voices.voice(s, v, subjects);
        out.add(new Relation(subject, property, object, g.token(v).word(), null, null, TriggerDates.first(ctx, g, s, v),
                voice.negated(), voice.hedged(), voice.attributedTo(), voice.hedged() ? 0.45 : 0.7, s));
    }

    /** "responded to her letter", "replied to Y": whom the post answers. */
    private String answered(SentenceGraph g, int s, int v, String subject) {
        for (int to : g.children(v, "obl:to")) {
            List<Integer> heads = new ArrayList<>(g.childrenExact(to, "nmod:poss"));
            heads.add(to);
            for (int h : heads) {
                for (String key : ctx.entitiesAt(s, h)) {
                    if (!key.equals(subject) && isAgent(key)) {
                        return key;
                    }
                }
            }
        }
        return null;
    }

    /** The first agent named in what was posted: the verb's clause, else a quotation in the sentence. */
    private String firstNamed(SentenceGraph g, int s, int v, String subject) {
        List<int[]> spans = new ArrayList<>();
        for (Dependency d : g.outgoing(v)) {
            if (d.relation().equals("ccomp") || d.relation().equals("parataxis")) {
                spans.add(g.span(d.dependent()));
            }
        }
        for (QuoteSpan q : ctx.quotes()) {
            if (q.sentence() == s || g.token(0).begin() >= q.begin() && g.token(0).begin() < q.end()) {
                spans.add(tokensIn(g, q));
            }
        }
        // a person the post names first, else an organisation; places are where, not whom
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
            for (int[] span : spans) {
                for (int t = span[0]; t <= span[1] && t >= 0; t++) {
                    if (g.token(t).pos().startsWith("PRP")) {
                        continue;
                    }
                    for (String key : ctx.entitiesAt(s, t)) {
                        if (!key.equals(subject) && isOf(key, type) && ctx.cues().channelRelation(g.token(t).word()) == null) {
                            return key;
                        }
                    }
                }
            }
        }
        return null;
    }

    private boolean isOf(String key, EntityType type) {
        var e = ctx.entities().entity(key);
        return e != null && e.type() == type;
    }

    private static int[] tokensIn(SentenceGraph g, QuoteSpan q) {
        int first = -1;
        int last = -1;
        for (int t = 0; t < g.size(); t++) {
            if (g.token(t).begin() >= q.begin() && g.token(t).end() <= q.end()) {
                first = first < 0 ? t : first;
                last = t;
            }
        }
        return new int[]{first, last};
    }

    private boolean isAgent(String key) {
        var e = ctx.entities().entity(key);
        return e != null && e.type() != EntityType.WORK;
    }
}

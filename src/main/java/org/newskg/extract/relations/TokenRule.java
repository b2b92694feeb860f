package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.VoiceDetector;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * A construction rule that looks at every token of every sentence of one document, in order, and
 * adds the relations it finds there. It holds what such rules share: the document's context,
 * the argument finder and the voice detector.
 */
abstract class TokenRule {

    final DocContext ctx;
    final Arguments args;
    final VoiceDetector voices;

    TokenRule(DocContext ctx) {
        this.ctx = ctx;
        this.args = new Arguments(ctx);
        this.voices = new VoiceDetector(ctx);
    }

    /** The relations this rule finds in the document (a list the caller may extend). */
    public List<Relation> extract() {
        List<Relation> out = new ArrayList<>();
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                token(g, s, t, out);
            }
        }
        return out;
    }

    /** The rule's look at one token: sentence graph, sentence index, token index, the facts so far. */
    abstract void token(SentenceGraph g, int s, int t, List<Relation> out);
}

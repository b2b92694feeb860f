package org.newskg.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.newskg.model.CorefChain;
import org.newskg.model.CorefMention;
import org.newskg.model.Dependency;
import org.newskg.model.Document;
import org.newskg.model.NerMention;
import org.newskg.model.ParsedDocument;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;
import org.newskg.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one CoreNLP {@link Annotation} into a {@link ParsedDocument}, offsets in code points. */
final class Translator {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final Document document;
    private final Annotation annotation;
    private final CodePointOffsets offsets;

    Translator(Document document, Annotation annotation) {
        this.document = document;
        this.annotation = annotation;
        this.offsets = new CodePointOffsets(document.text());
    }

    ParsedDocument translate() {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>();
        List<NerMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            out.add(sentence(i, s));
            mentions(i, s, entities, times);
        }
        return new ParsedDocument(document, out, entities, chains(), quotes(), times);
    }

    private Sentence sentence(int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int t = 0; t < labels.size(); t++) {
            CoreLabel l = labels.get(t);
            tokens.add(new Token(t, l.originalText(), l.lemma(), l.tag(), nerOf(l),
                    offsets.toCodePoint(l.beginPosition()), offsets.toCodePoint(l.endPosition())));
        }
        int begin = offsets.toCodePoint(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        int end = offsets.toCodePoint(s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        return new Sentence(index, begin, end, tokens, dependencies(s));
    }

    private static String nerOf(CoreLabel l) {
        return l.ner() == null ? "O" : l.ner();
    }

    private static List<Dependency> dependencies(CoreMap s) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Dependency> deps = new ArrayList<>();
        if (g == null) {
            return deps;
        }
        g.getRoots().forEach(r -> deps.add(new Dependency(-1, r.index() - 1, "root")));
        for (SemanticGraphEdge e : g.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        return deps;
    }

    private void mentions(int index, CoreMap s, List<NerMention> entities, List<TimeExpression> times) {
        List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (ms == null) {
            return;
        }
        int sentenceBeginToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (CoreMap m : ms) {
            String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
            int b = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceBeginToken;
            int e = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceBeginToken;
            String text = m.get(CoreAnnotations.TextAnnotation.class);
            if (TIME_TYPES.contains(type)) {
                times.add(new TimeExpression(index, b, e, text, timexValue(m), type));
            } else {
                entities.add(new NerMention(index, b, e, text, type));
            }
        }
    }

    private static String timexValue(CoreMap m) {
        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
        if (t != null && t.value() != null) {
            return t.value();
        }
        if (t != null && t.altVal() != null) {
            return t.altVal();
        }
        return m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }

    private List<CorefChain> chains() {
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> map =
                annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        List<CorefChain> out = new ArrayList<>();
        if (map == null) {
            return out;
        }
        for (var entry : map.entrySet()) {
            List<CorefMention> ms = new ArrayList<>();
            for (var cm : entry.getValue().getMentionsInTextualOrder()) {
                ms.add(new CorefMention(cm.sentNum - 1, cm.startIndex - 1, cm.endIndex - 1, cm.headIndex - 1,
                        cm.mentionSpan, cm.mentionType.name()));
            }
            out.add(new CorefChain(entry.getKey(), ms));
        }
        return out;
    }

    private List<QuoteSpan> quotes() {
        List<CoreMap> qs = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        List<QuoteSpan> out = new ArrayList<>();
        if (qs == null) {
            return out;
        }
        for (CoreMap q : qs) {
            int b = offsets.toCodePoint(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
            int e = offsets.toCodePoint(q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            Integer sent = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null) {
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            out.add(new QuoteSpan(b, e, stripMarks(document.slice(b, e)), sent == null ? 0 : sent, speaker));
        }
        return out;
    }

    private static String stripMarks(String quoted) {
        int from = 0;
        int to = quoted.length();
        while (from < to && isQuoteMark(quoted.charAt(from))) {
            from++;
        }
        while (to > from && isQuoteMark(quoted.charAt(to - 1))) {
            to--;
        }
        return quoted.substring(from, to);
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019' || c == '\''
                || c == '`' || c == '\u00ab' || c == '\u00bb';
    }
}

package org.newskg.ingest;

import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.newskg.model.Sentence;
import org.newskg.model.Token;
import org.newskg.nlp.Annotator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A small fake of CoreNLP for tests of the ingest machinery (not of extraction): each line is a
 * sentence of white-space tokens, with no entities, parses or quotes. It throws on documents
 * whose text matches {@code failing}, always or only on the first try.
 */
final class FakeAnnotator implements Annotator {

    private final Predicate<String> failing;
    private final boolean onlyOnce;
    private final Set<String> thrown = ConcurrentHashMap.newKeySet();

    FakeAnnotator(Predicate<String> failing, boolean onlyOnce) {
        this.failing = failing;
        this.onlyOnce = onlyOnce;
    }

    /** A fake that never throws. */
    static FakeAnnotator reliable() {
        return new FakeAnnotator(t -> false, false);
    }

    @Override
    public ParsedDocument annotate(Document doc) {
        if (failing.test(doc.text()) && (!onlyOnce || thrown.add(doc.text()))) {
            throw new IllegalStateException("the fake annotator was told to fail on this one");
        }
        List<Sentence> sentences = new ArrayList<>();
        String text = doc.text();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < line.length()) {
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                int b = i;
                while (i < line.length() && line.charAt(i) != ' ') {
                    i++;
                }
                if (i > b) {
                    String w = line.substring(b, i);
                    tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NN", "O", offset + b, offset + i));
                }
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(),
                        tokens.get(tokens.size() - 1).end(), tokens, List.of()));
            }
            offset += line.length() + 1;
        }
        return new ParsedDocument(doc, sentences, List.of(), List.of(), List.of(), List.of());
    }
}

package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.model.CorefChain;
import org.newskg.model.CorefMention;
import org.newskg.model.Dependency;
import org.newskg.model.Document;
import org.newskg.model.Extraction;
import org.newskg.model.NerMention;
import org.newskg.model.ParsedDocument;
import org.newskg.model.Sentence;
import org.newskg.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Entity resolution on a long hand-built parse (a small fake of CoreNLP's output: tokens,
 * dependencies, one NER name and one coreference chain), no CoreNLP: a thousand pronouns that
 * corefer with one name used to overflow the resolver's fixed union-find table.
 */
class LongDocumentEntitiesTest {

    private static ParsedDocument pronouns(int n) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<CorefMention> chain = new ArrayList<>();
        int at = text.length();
        text.append("Anna Berg spoke.");
        sentences.add(new Sentence(0, at, text.length(), List.of(
                new Token(0, "Anna", "Anna", "NNP", "PERSON", at, at + 4),
                new Token(1, "Berg", "Berg", "NNP", "PERSON", at + 5, at + 9),
                new Token(2, "spoke", "speak", "VBD", "O", at + 10, at + 15),
                new Token(3, ".", ".", ".", "O", at + 15, at + 16)),
                List.of(new Dependency(1, 0, "compound"), new Dependency(2, 1, "nsubj"),
                        new Dependency(-1, 2, "root"), new Dependency(2, 3, "punct"))));
        chain.add(new CorefMention(0, 0, 2, 1, "Anna Berg", "PROPER"));
        for (int s = 1; s <= n; s++) {
            text.append(' ');
            at = text.length();
            text.append("She smiled.");
            sentences.add(new Sentence(s, at, text.length(), List.of(
                    new Token(0, "She", "she", "PRP", "O", at, at + 3),
                    new Token(1, "smiled", "smile", "VBD", "O", at + 4, at + 10),
                    new Token(2, ".", ".", ".", "O", at + 10, at + 11)),
                    List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "punct"))));
            chain.add(new CorefMention(s, 0, 1, 0, "She", "PRONOMINAL"));
        }
        Document doc = new Document(text.toString(), "Long", LocalDate.of(2020, 1, 1), "test:long");
        return new ParsedDocument(doc, sentences, List.of(new NerMention(0, 0, 2, "Anna Berg", "PERSON")),
                List.of(new CorefChain(1, chain)), List.of(), List.of());
    }

    @Test
    void aThousandPronounsAllReferToTheOnePersonNamed() {
        Extraction x = Extractor.standard().extract(pronouns(1000));
        assertEquals(1, x.entities().size());
        assertEquals("Anna Berg", x.entities().get(0).label());
        assertEquals(1001, x.mentions().stream().filter(m -> m.entityKey().equals("person/anna-berg")).count());
    }
}

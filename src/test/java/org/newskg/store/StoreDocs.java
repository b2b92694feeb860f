package org.newskg.store;

import org.newskg.model.Alias;
import org.newskg.model.Document;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Extraction;
import org.newskg.model.Mention;
import org.newskg.model.ParsedDocument;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Document graphs for store tests, written by the real {@link GraphBuilder} from a hand-made
 * extraction (a small fake of what extraction gives: no CoreNLP, no sentences). Each entity is
 * given as its names in the text: the first is its full name, the others join it by a rule.
 */
final class StoreDocs {

    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    private StoreDocs(String text) {
        this.text = text;
    }

    static StoreDocs text(String text) {
        return new StoreDocs(text);
    }

    /** An entity: its key, type, full name, and further names with their rules ("Manafort", "Surname"). */
    StoreDocs entity(String key, EntityType type, String full, String... namesAndRules) {
        List<Alias> aliases = new ArrayList<>();
        Set<String> alts = new LinkedHashSet<>();
        aliases.add(alias(key, full, "FullName"));
        for (int i = 0; i < namesAndRules.length; i += 2) {
            aliases.add(alias(key, namesAndRules[i], namesAndRules[i + 1]));
            alts.add(namesAndRules[i]);
        }
        entities.add(new Entity(key, type, full, alts, aliases));
        return this;
    }

    /** An office the document names by its title alone ("the Chancellor"): its only alias has rule Office. */
    StoreDocs office(String key, String title) {
        entities.add(new Entity(key, EntityType.PERSON, title, Set.of(), List.of(alias(key, title, "Office"))));
        return this;
    }

    private Alias alias(String key, String name, String rule) {
        int b = text.indexOf(name);
        if (b < 0) {
            throw new IllegalArgumentException(name + " not in " + text);
        }
        mentions.add(new Mention(b, b + name.length(), name, key, 0));
        return new Alias(name, rule, b, b + name.length());
    }

    DocumentGraphs graphs() {
        Document doc = new Document(text, "t", LocalDate.of(2020, 1, 1), "test:" + text.hashCode());
        ParsedDocument parsed = new ParsedDocument(doc, List.of(), List.of(), List.of(), List.of(), List.of());
        return new GraphBuilder("https://w3id.org/newskg/run/test").build(new Extraction(parsed, entities, mentions, List.of(), List.of()));
    }

    /** Stores the document; returns its IRI. */
    String into(KgStore store) {
        DocumentGraphs g = graphs();
        store.replaceDocument(Optional.empty(), g.documentIri(), g.graph(), g.meta());
        return g.documentIri();
    }
}

package org.newskg.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.EntityType;
import org.newskg.rdf.Vocab;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One name spelled two ways in two documents is one entity of the store ({@link SpellingKeys}),
 * on a real TDB2 store on disk, with document graphs written by the real GraphBuilder from
 * hand-made extractions ({@link StoreDocs}).
 */
class SpellingIdentityTest {

    private static final EntityType P = EntityType.PERSON;
    private static final EntityType L = EntityType.LOCATION;
    private static final String PREFIXES = "PREFIX nkg: <https://w3id.org/newskg/ont#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> ";

    @TempDir
    Path tmp;

    private static final StoreDocs SERGEI = StoreDocs.text("Sergei Orlov spoke in Lvov.")
            .entity("person/sergei-orlov", P, "Sergei Orlov").entity("location/lvov", L, "Lvov");
    private static final StoreDocs SERGEY = StoreDocs.text("Sergey Orlov left Lviv.")
            .entity("person/sergey-orlov", P, "Sergey Orlov").entity("location/lviv", L, "Lviv");
    private static final StoreDocs KOEHLER = StoreDocs.text("Juergen Koehler resigned.")
            .entity("person/juergen-koehler", P, "Juergen Koehler");
    private static final StoreDocs KOHLER = StoreDocs.text("Jürgen Köhler resigned.")
            .entity("person/jurgen-kohler", P, "Jürgen Köhler");
    private static final StoreDocs BOTH_SPELLINGS = StoreDocs.text("Farid Belkacem, or Farid Bilkacim, refused.")
            .entity("person/farid-belkacem", P, "Farid Belkacem", "Farid Bilkacim", "Variant");
    private static final StoreDocs BILKACIM = StoreDocs.text("Farid Bilkacim refused again.")
            .entity("person/farid-bilkacim", P, "Farid Bilkacim");

    private String export(KgStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, "nq", Optional.empty());
        return String.join("\n", new TreeSet<>(out.toString(StandardCharsets.UTF_8).lines().toList()));
    }

    private String build(String name, List<StoreDocs> docs) {
        try (KgStore store = KgStore.open(tmp.resolve(name))) {
            docs.forEach(d -> d.into(store));
            return export(store);
        }
    }

    private void withStore(String name, Consumer<KgStore> body) {
        try (KgStore store = KgStore.open(tmp.resolve(name))) {
            body.accept(store);
        }
    }

    private static List<String> select(KgStore store, String query, String var) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query, DatasetImpl.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.getResource(var).getURI());
                }
            }
            out.sort(null);
            return out;
        });
    }

    private static List<String> entityOf(KgStore store, String anchor) {
        return select(store, "SELECT DISTINCT ?e { ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \""
                + anchor + "\" ; itsrdf:taIdentRef ?e }", "e");
    }

    @Test
    void twoRomanisationsOfOneNameAreOneEntityInEitherOrder() {
        String ab = build("ab", List.of(SERGEI, SERGEY));
        assertEquals(ab, build("ba", List.of(SERGEY, SERGEI)), "the same documents in either order give the same quads");
        withStore("ab", store -> {
            List<String> sergei = entityOf(store, "Sergei Orlov");
            assertEquals(1, sergei.size());
            assertEquals(sergei, entityOf(store, "Sergey Orlov"), "'ey' and 'ei' are one romanisation");
            assertEquals(1, entityOf(store, "Lviv").size());
            assertEquals(entityOf(store, "Lviv"), entityOf(store, "Lvov"), "a listed variant of a place is that place");
            assertEquals(List.of("Variant"), select(store, "SELECT DISTINCT ?r { GRAPH <" + EntityIdentity.ENTITIES_GRAPH
                    + "> { <" + sergei.get(0) + "> nkg:alias [ nkg:rule ?rule ; prov:wasDerivedFrom ?d ] } "
                    + "BIND(STRAFTER(STR(?rule), '#') AS ?r) } GROUP BY ?r HAVING (COUNT(DISTINCT ?d) = 2)", "r"),
                    "the merge says which rule and which two documents");
        });
    }

    @Test
    void anUmlautInOneDocumentIsItsLetterWithAnEInAnother() {
        String ab = build("ab", List.of(KOEHLER, KOHLER));
        assertEquals(ab, build("ba", List.of(KOHLER, KOEHLER)));
        withStore("ab", store -> {
            assertEquals(1, entityOf(store, "Jürgen Köhler").size());
            assertEquals(entityOf(store, "Jürgen Köhler"), entityOf(store, "Juergen Koehler"));
        });
    }

    @Test
    void aSpellingOneDocumentJoinedAsAVariantJoinsThatEntityElsewhereUntilTheDocumentGoes() {
        String ab = build("ab", List.of(BOTH_SPELLINGS, BILKACIM));
        assertEquals(ab, build("ba", List.of(BILKACIM, BOTH_SPELLINGS)));
        withStore("s", store -> {
            String both = BOTH_SPELLINGS.into(store);
            BILKACIM.into(store);
            assertEquals(List.of(Vocab.ID + "person/farid-belkacem"), entityOf(store, "Farid Bilkacim"));
            store.removeDocument(both);
            assertEquals(List.of(Vocab.ID + "person/farid-bilkacim"), entityOf(store, "Farid Bilkacim"),
                    "without the document that joined the spellings, the name is on its own");
            assertTrue(select(store, "SELECT ?a { ?e nkg:alias ?a . ?a nkg:rule nkg:Variant }", "a").isEmpty());
        });
    }

    @Test
    void aDocumentThatHoldsBothSpellingsAsTwoPeopleKeepsThemApart() {
        withStore("s", store -> {
            BOTH_SPELLINGS.into(store);
            StoreDocs.text("Farid Belkacem met Farid Bilkacim.").entity("person/farid-belkacem", P, "Farid Belkacem")
                    .entity("person/farid-bilkacim", P, "Farid Bilkacim").into(store);
            assertEquals(2, select(store, "SELECT DISTINCT ?e { ?m itsrdf:taIdentRef ?e . ?e rdfs:label ?l "
                    + "FILTER(STRSTARTS(STR(?e), '" + Vocab.ID + "person/')) }", "e").size());
        });
    }

    @Test
    void namesAVowelApartStayApartAcrossDocuments() {
        withStore("s", store -> {
            StoreDocs.text("Mario Kessler won.").entity("person/mario-kessler", P, "Mario Kessler").into(store);
            StoreDocs.text("Maria Kessler won.").entity("person/maria-kessler", P, "Maria Kessler").into(store);
            StoreDocs.text("Khalifa Haftar spoke.").entity("person/khalifa-haftar", P, "Khalifa Haftar").into(store);
            StoreDocs.text("Khalifa Hifter spoke.").entity("person/khalifa-hifter", P, "Khalifa Hifter").into(store);
            assertEquals(List.of(Vocab.ID + "person/mario-kessler"), entityOf(store, "Mario Kessler"));
            assertEquals(List.of(Vocab.ID + "person/maria-kessler"), entityOf(store, "Maria Kessler"));
            assertEquals(List.of(Vocab.ID + "person/khalifa-hifter"), entityOf(store, "Khalifa Hifter"),
                    "across documents vowels join only where some document joined them");
        });
    }

    @Test
    void aSurnameWithoutItsParticleInAnotherDocumentJoinsTheOnePersonInEitherOrder() {
        StoreDocs full = StoreDocs.text("Karim al-Hashimi resigned.").entity("person/karim-al-hashimi", P, "Karim al-Hashimi");
        StoreDocs bare = StoreDocs.text("Hashimi denied it.").entity("person/hashimi", P, "Hashimi");
        assertEquals(build("ab", List.of(full, bare)), build("ba", List.of(bare, full)));
        withStore("ab", store -> assertEquals(List.of(Vocab.ID + "person/karim-al-hashimi"), entityOf(store, "Hashimi")));
        withStore("t", store -> {
            full.into(store);
            StoreDocs.text("Nadia al-Hashimi spoke.").entity("person/nadia-al-hashimi", P, "Nadia al-Hashimi").into(store);
            bare.into(store);
            assertEquals(List.of(Vocab.ID + "person/hashimi"), entityOf(store, "Hashimi"), "two people fit: it joins neither");
        });
    }
}

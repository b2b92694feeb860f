package org.newskg.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.EntityType;
import org.newskg.rdf.Vocab;

import java.nio.file.Path;
import java.util.List;
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

    private void withStore(String name, Consumer<KgStore> body) {
        StoreProbe.withStore(tmp.resolve(name), body);
    }

    private String build(String name, List<StoreDocs> docs) {
        return StoreProbe.build(tmp.resolve(name), docs);
    }

    @Test
    void twoRomanisationsOfOneNameAreOneEntityInEitherOrder() {
        String ab = build("ab", List.of(SERGEI, SERGEY));
        assertEquals(ab, build("ba", List.of(SERGEY, SERGEI)), "the same documents in either order give the same quads");
        withStore("ab", store -> {
            List<String> sergei = StoreProbe.entityOf(store, "Sergei Orlov");
            assertEquals(1, sergei.size());
            assertEquals(sergei, StoreProbe.entityOf(store, "Sergey Orlov"), "'ey' and 'ei' are one romanisation");
            assertEquals(1, StoreProbe.entityOf(store, "Lviv").size());
            assertEquals(StoreProbe.entityOf(store, "Lviv"), StoreProbe.entityOf(store, "Lvov"), "a listed variant of a place is that place");
            assertEquals(List.of("Variant"), StoreProbe.select(store, "SELECT DISTINCT ?r { GRAPH <" + EntityIdentity.ENTITIES_GRAPH
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
            assertEquals(1, StoreProbe.entityOf(store, "Jürgen Köhler").size());
            assertEquals(StoreProbe.entityOf(store, "Jürgen Köhler"), StoreProbe.entityOf(store, "Juergen Koehler"));
        });
    }

    @Test
    void aSpellingOneDocumentJoinedAsAVariantJoinsThatEntityElsewhereUntilTheDocumentGoes() {
        String ab = build("ab", List.of(BOTH_SPELLINGS, BILKACIM));
        assertEquals(ab, build("ba", List.of(BILKACIM, BOTH_SPELLINGS)));
        withStore("s", store -> {
            String both = BOTH_SPELLINGS.into(store);
            BILKACIM.into(store);
            assertEquals(List.of(Vocab.ID + "person/farid-belkacem"), StoreProbe.entityOf(store, "Farid Bilkacim"));
            store.removeDocument(both);
            assertEquals(List.of(Vocab.ID + "person/farid-bilkacim"), StoreProbe.entityOf(store, "Farid Bilkacim"),
                    "without the document that joined the spellings, the name is on its own");
            assertTrue(StoreProbe.select(store, "SELECT ?a { ?e nkg:alias ?a . ?a nkg:rule nkg:Variant }", "a").isEmpty());
        });
    }

    @Test
    void aDocumentThatHoldsBothSpellingsAsTwoPeopleKeepsThemApart() {
        withStore("s", store -> {
            BOTH_SPELLINGS.into(store);
            StoreDocs.text("Farid Belkacem met Farid Bilkacim.").entity("person/farid-belkacem", P, "Farid Belkacem")
                    .entity("person/farid-bilkacim", P, "Farid Bilkacim").into(store);
            assertEquals(2, StoreProbe.select(store, "SELECT DISTINCT ?e { ?m itsrdf:taIdentRef ?e . ?e rdfs:label ?l "
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
            assertEquals(List.of(Vocab.ID + "person/mario-kessler"), StoreProbe.entityOf(store, "Mario Kessler"));
            assertEquals(List.of(Vocab.ID + "person/maria-kessler"), StoreProbe.entityOf(store, "Maria Kessler"));
            assertEquals(List.of(Vocab.ID + "person/khalifa-hifter"), StoreProbe.entityOf(store, "Khalifa Hifter"),
                    "across documents vowels join only where some document joined them");
        });
    }

    @Test
    void aSurnameWithoutItsParticleInAnotherDocumentJoinsTheOnePersonInEitherOrder() {
        StoreDocs full = StoreDocs.text("Karim al-Hashimi resigned.").entity("person/karim-al-hashimi", P, "Karim al-Hashimi");
        StoreDocs bare = StoreDocs.text("Hashimi denied it.").entity("person/hashimi", P, "Hashimi");
        assertEquals(build("ab", List.of(full, bare)), build("ba", List.of(bare, full)));
        withStore("ab", store -> assertEquals(List.of(Vocab.ID + "person/karim-al-hashimi"), StoreProbe.entityOf(store, "Hashimi")));
        withStore("t", store -> {
            full.into(store);
            StoreDocs.text("Nadia al-Hashimi spoke.").entity("person/nadia-al-hashimi", P, "Nadia al-Hashimi").into(store);
            bare.into(store);
            assertEquals(List.of(Vocab.ID + "person/hashimi"), StoreProbe.entityOf(store, "Hashimi"), "two people fit: it joins neither");
        });
    }
}

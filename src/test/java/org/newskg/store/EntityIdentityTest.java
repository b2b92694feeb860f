package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.EntityType;
import org.newskg.rdf.Vocab;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names resolved across documents by the store, on a real TDB2 store on disk, with document
 * graphs written by the real GraphBuilder from hand-made extractions (see {@link StoreDocs}).
 */
class EntityIdentityTest {

    private static final EntityType P = EntityType.PERSON;
    private static final EntityType O = EntityType.ORGANIZATION;

    @TempDir
    Path tmp;

    private static final StoreDocs MANAFORT = StoreDocs.text("Paul Manafort met Rick Gates in Kyiv.")
            .entity("person/paul-manafort", P, "Paul Manafort").entity("person/rick-gates", P, "Rick Gates");
    private static final StoreDocs SHORT_MANAFORT = StoreDocs.text("Manafort resigned in August.")
            .entity("person/manafort", P, "Manafort");

    private void withStore(String name, Consumer<KgStore> body) {
        StoreProbe.withStore(tmp.resolve(name), body);
    }

    private String build(String name, List<StoreDocs> docs) {
        return StoreProbe.build(tmp.resolve(name), docs);
    }

    @Test
    void aSurnameInAnotherDocumentJoinsTheOnePersonItFitsInEitherOrder() {
        String ab = build("ab", List.of(MANAFORT, SHORT_MANAFORT));
        String ba = build("ba", List.of(SHORT_MANAFORT, MANAFORT));
        assertEquals(ab, ba, "the same documents in either order give the same quads");
        withStore("ab", store -> {
            assertEquals(List.of(Vocab.ID + "person/paul-manafort"), StoreProbe.entityOf(store, "Manafort"));
            assertEquals(List.of("Paul Manafort"), StoreProbe.select(store,
                    "SELECT DISTINCT ?l { <" + Vocab.ID + "person/paul-manafort> rdfs:label ?l }", "l"));
            assertEquals(List.of("Surname"), StoreProbe.select(store, "SELECT ?r { <" + Vocab.ID + "person/paul-manafort> nkg:alias ?a . "
                    + "?a nkg:name \"Manafort\" ; nkg:rule ?rule ; prov:wasDerivedFrom ?d . "
                    + "BIND(STRAFTER(STR(?rule), '#') AS ?r) } GROUP BY ?r HAVING (COUNT(DISTINCT ?d) = 2)", "r"));
        });
    }

    @Test
    void removingADocumentRemovesTheMergeOnlyItSupported() {
        withStore("s", store -> {
            String full = MANAFORT.into(store);
            SHORT_MANAFORT.into(store);
            store.removeDocument(full);
            assertEquals(List.of(Vocab.ID + "person/manafort"), StoreProbe.entityOf(store, "Manafort"));
            assertEquals(List.of("Manafort"), StoreProbe.select(store, "SELECT ?l { <" + Vocab.ID + "person/manafort> rdfs:label ?l }", "l"));
            assertTrue(StoreProbe.select(store, "SELECT ?a { ?e nkg:alias ?a . ?a nkg:rule nkg:Surname }", "a").isEmpty(),
                    "no merge is explained once its document is gone");
        });
        String after = build("again", List.of(SHORT_MANAFORT));
        withStore("s", store -> assertEquals(after, StoreProbe.export(store), "as if the removed document had never been stored"));
    }

    @Test
    void aSurnameTwoPeopleShareJoinsNeitherAndSaysSo() {
        withStore("s", store -> {
            StoreDocs.text("Donald Trump spoke.").entity("person/donald-trump", P, "Donald Trump").into(store);
            StoreDocs.text("Ivanka Trump spoke.").entity("person/ivanka-trump", P, "Ivanka Trump").into(store);
            StoreDocs.text("Trump spoke.").entity("person/trump", P, "Trump").into(store);
            assertEquals(List.of(Vocab.ID + "person/trump"), StoreProbe.entityOf(store, "Trump"));
            assertEquals(List.of(Vocab.ID + "person/donald-trump", Vocab.ID + "person/ivanka-trump"), StoreProbe.select(store,
                    "SELECT ?w { <" + Vocab.ID + "person/trump> nkg:alias [ nkg:rule nkg:Ambiguous ; nkg:ambiguousWith ?w ] }", "w"));
        });
    }

    @Test
    void aSurnameNeverStandsForAJunior() {
        withStore("s", store -> {
            StoreDocs.text("Donald Trump Jr. spoke.").entity("person/donald-trump-jr", P, "Donald Trump Jr.").into(store);
            StoreDocs.text("Trump spoke.").entity("person/trump", P, "Trump").into(store);
            assertEquals(List.of(Vocab.ID + "person/trump"), StoreProbe.entityOf(store, "Trump"));
            assertTrue(StoreProbe.select(store, "SELECT ?a { ?e nkg:alias ?a . ?a nkg:name \"Trump\" ; nkg:rule ?r FILTER(?r != nkg:FullName) }", "a").isEmpty());
        });
    }

    @Test
    void whenALaterDocumentGivesALongerNameTheIriFollowsInEveryGraph() {
        withStore("s", store -> {
            String first = StoreDocs.text("Trump Jr. wrote back.").entity("person/trump-jr", P, "Trump Jr.").into(store);
            assertEquals(List.of(Vocab.ID + "person/trump-jr"), StoreProbe.entityOf(store, "Trump Jr."));
            StoreDocs.text("Donald Trump Jr. met her.").entity("person/donald-trump-jr", P, "Donald Trump Jr.").into(store);
            assertEquals(List.of(Vocab.ID + "person/donald-trump-jr"), StoreProbe.entityOf(store, "Trump Jr."));
            Node g = NodeFactory.createURI(first);
            Set<String> labels = Txn.calculateRead(store.datasetGraph(), () -> {
                Set<String> out = new TreeSet<>();
                store.datasetGraph().find(g, NodeFactory.createURI(Vocab.ID + "person/donald-trump-jr"), RDFS.label.asNode(), Node.ANY)
                        .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
                return out;
            });
            assertEquals(Set.of("Donald Trump Jr."), labels, "the first document's graph has the store's label");
            assertEquals(List.of("Trump Jr."), StoreProbe.select(store, "SELECT ?a { GRAPH <" + first + "> { ?e skos:altLabel ?a } }", "a"));
            assertFalse(StoreProbe.export(store).contains("/id/person/trump-jr>"), "no graph keeps the old IRI");
        });
    }

    @Test
    void anOrganisationWithoutItsCorporateSuffixJoinsIt() {
        withStore("s", store -> {
            StoreDocs.text("Acme Group said so.").entity("organization/acme-group", O, "Acme Group").into(store);
            StoreDocs.text("Acme said so.").entity("organization/acme", O, "Acme").into(store);
            assertEquals(List.of(Vocab.ID + "organization/acme-group"), StoreProbe.entityOf(store, "Acme"));
        });
    }

    @Test
    void anAliasAnotherDocumentExplainedJoinsItsEntity() {
        withStore("s", store -> {
            StoreDocs.text("The World Health Organization (WHO) met.")
                    .entity("organization/world-health-organization", O, "World Health Organization", "WHO", "Expansion").into(store);
            StoreDocs.text("WHO officials met.").entity("organization/who", O, "WHO").into(store);
            assertEquals(List.of(Vocab.ID + "organization/world-health-organization"), StoreProbe.entityOf(store, "WHO"));
            assertEquals(List.of("Expansion"), StoreProbe.select(store, "SELECT ?r { GRAPH <" + EntityIdentity.ENTITIES_GRAPH
                    + "> { ?e nkg:alias [ nkg:name \"WHO\" ; nkg:rule ?rule ] } BIND(STRAFTER(STR(?rule), '#') AS ?r) }", "r"));
        });
    }

    @Test
    void aGivenNameAndASurnameOfOneDocumentJoinTheFullNameAnotherGivesInEitherOrder() {
        StoreDocs parts = StoreDocs.text("Nadia said Okafor would call back.")
                .entity("person/nadia", P, "Nadia").entity("person/okafor", P, "Okafor");
        StoreDocs full = StoreDocs.text("Nadia Okafor chairs the board.").entity("person/nadia-okafor", P, "Nadia Okafor");
        assertEquals(build("ab", List.of(parts, full)), build("ba", List.of(full, parts)));
        withStore("ab", store -> {
            assertEquals(List.of(Vocab.ID + "person/nadia-okafor"), StoreProbe.entityOf(store, "Nadia"));
            assertEquals(List.of(Vocab.ID + "person/nadia-okafor"), StoreProbe.entityOf(store, "Okafor"));
        });
    }

    @Test
    void aGivenNameStaysApartWhenItsDocumentNamesSomeoneElseWithIt() {
        withStore("s", store -> {
            StoreDocs.text("Nadia Okafor chairs the board.").entity("person/nadia-okafor", P, "Nadia Okafor").into(store);
            StoreDocs.text("Nadia thanked Okafor and Nadia Bello.").entity("person/nadia", P, "Nadia")
                    .entity("person/okafor", P, "Okafor").entity("person/nadia-bello", P, "Nadia Bello").into(store);
            assertEquals(List.of(Vocab.ID + "person/nadia-okafor"), StoreProbe.entityOf(store, "Okafor"));
            assertEquals(List.of(Vocab.ID + "person/nadia"), StoreProbe.entityOf(store, "Nadia"));
        });
    }

    private static final StoreDocs CHANCELLOR_NAMED = StoreDocs.text("Chancellor Vera Lind spoke. Later the Chancellor left.")
            .entity("person/vera-lind", P, "Vera Lind", "Chancellor", "Title");
    private static final StoreDocs CHANCELLOR_ONLY = StoreDocs.text("The Chancellor asked Kern to wait.")
            .office("person/chancellor", "Chancellor");

    @Test
    void anOfficeJoinsTheOnePersonAnotherDocumentCallsByThatTitleInEitherOrder() {
        assertEquals(build("ab", List.of(CHANCELLOR_NAMED, CHANCELLOR_ONLY)), build("ba", List.of(CHANCELLOR_ONLY, CHANCELLOR_NAMED)));
        withStore("ab", store -> {
            assertEquals(List.of(Vocab.ID + "person/vera-lind"), StoreProbe.entityOf(store, "Chancellor"));
            assertEquals(List.of("Title"), StoreProbe.select(store, "SELECT ?r { GRAPH <" + EntityIdentity.ENTITIES_GRAPH
                    + "> { ?e nkg:alias [ nkg:name \"Chancellor\" ; nkg:rule ?rule ] } BIND(STRAFTER(STR(?rule), '#') AS ?r) }", "r"));
        });
    }

    @Test
    void anOfficeTwoPeopleAreCalledByJoinsNeitherAndNoNameRuleJoinsIt() {
        withStore("s", store -> {
            CHANCELLOR_NAMED.into(store);
            StoreDocs.text("Chancellor Omar Diaz spoke. Later the Chancellor left.")
                    .entity("person/omar-diaz", P, "Omar Diaz", "Chancellor", "Title").into(store);
            String office = CHANCELLOR_ONLY.into(store);
            assertEquals(List.of(Vocab.ID + "person/chancellor"), StoreProbe.select(store, "SELECT DISTINCT ?e { GRAPH <" + office
                    + "> { ?m itsrdf:taIdentRef ?e } }", "e"));
            assertEquals(List.of(Vocab.ID + "person/omar-diaz", Vocab.ID + "person/vera-lind"), StoreProbe.select(store,
                    "SELECT ?w { <" + Vocab.ID + "person/chancellor> nkg:alias [ nkg:rule nkg:Ambiguous ; nkg:ambiguousWith ?w ] }", "w"));
        });
        withStore("t", store -> {
            // "Chancellor" is no surname of "Vice Chancellor" nor of anyone: an office joins only by a title
            StoreDocs.text("Vice Chancellor Ada Chancellor spoke.").entity("person/ada-chancellor", P, "Ada Chancellor").into(store);
            CHANCELLOR_ONLY.into(store);
            assertEquals(List.of(Vocab.ID + "person/chancellor"), StoreProbe.entityOf(store, "Chancellor"));
        });
    }

    private static final StoreDocs LIND_PRESIDENT = StoreDocs.text("President Vera Lind spoke. Later the President left.")
            .entity("person/vera-lind", P, "Vera Lind", "President", "Title");
    private static final StoreDocs OLA_LIND = StoreDocs.text("Ola Lind opened a bakery.").entity("person/ola-lind", P, "Ola Lind");
    private static final StoreDocs LIND_CALLED_PRESIDENT = StoreDocs.text("Lind signed the bill. The President then left.")
            .entity("person/lind", P, "Lind", "President", "Title");

    @Test
    void aSurnameTwoPeopleShareJoinsTheOneCalledByTheSameTitleInAnyOrder() {
        String ab = build("ab", List.of(LIND_PRESIDENT, OLA_LIND, LIND_CALLED_PRESIDENT));
        assertEquals(ab, build("ba", List.of(LIND_CALLED_PRESIDENT, OLA_LIND, LIND_PRESIDENT)), "any order, the same quads");
        withStore("ab", store -> {
            assertEquals(List.of(Vocab.ID + "person/vera-lind"), StoreProbe.entityOf(store, "Lind"));
            assertEquals(List.of("SharedTitle"), StoreProbe.select(store, "SELECT ?r { GRAPH <" + EntityIdentity.ENTITIES_GRAPH
                    + "> { <" + Vocab.ID + "person/vera-lind> nkg:alias [ nkg:name \"Lind\" ; nkg:rule ?rule ; prov:wasDerivedFrom ?d ] } "
                    + "BIND(STRAFTER(STR(?rule), '#') AS ?r) } GROUP BY ?r HAVING (COUNT(DISTINCT ?d) = 2)", "r"));
        });
    }

    @Test
    void aSharedTitleDecidesNothingWhenBothPeopleCarryItOrTheSurnameCarriesNone() {
        withStore("s", store -> {
            LIND_PRESIDENT.into(store);
            StoreDocs.text("President Ola Lind spoke. Later the President left.")
                    .entity("person/ola-lind", P, "Ola Lind", "President", "Title").into(store);
            LIND_CALLED_PRESIDENT.into(store);
            assertEquals(List.of(Vocab.ID + "person/lind"), StoreProbe.entityOf(store, "Lind"));
            assertEquals(List.of(Vocab.ID + "person/ola-lind", Vocab.ID + "person/vera-lind"), StoreProbe.select(store,
                    "SELECT ?w { <" + Vocab.ID + "person/lind> nkg:alias [ nkg:rule nkg:Ambiguous ; nkg:ambiguousWith ?w ] }", "w"));
        });
        withStore("t", store -> {
            LIND_PRESIDENT.into(store);
            OLA_LIND.into(store);
            StoreDocs.text("Lind signed the bill.").entity("person/lind", P, "Lind").into(store);
            assertEquals(List.of(Vocab.ID + "person/lind"), StoreProbe.entityOf(store, "Lind"), "no title of its own: still ambiguous");
        });
    }

    @Test
    void removingTheDocumentThatGaveTheTitleRemovesTheMergeItSupported() {
        withStore("s", store -> {
            String titled = LIND_PRESIDENT.into(store);
            OLA_LIND.into(store);
            StoreDocs.text("Vera Lind wrote a book.").entity("person/vera-lind", P, "Vera Lind").into(store);
            LIND_CALLED_PRESIDENT.into(store);
            assertEquals(List.of(Vocab.ID + "person/vera-lind"), StoreProbe.entityOf(store, "Lind"));
            store.removeDocument(titled);
            assertEquals(List.of(Vocab.ID + "person/lind"), StoreProbe.entityOf(store, "Lind"), "no document calls Vera Lind President now");
            assertTrue(StoreProbe.select(store, "SELECT ?a { ?e nkg:alias ?a . ?a nkg:rule nkg:SharedTitle }", "a").isEmpty());
        });
    }

    @Test
    void aPlaceNamedLikeAPersonStaysApartFromThePerson() {
        withStore("s", store -> {
            StoreDocs.text("At Lind harbour, Vera Lind met Omar Diaz.").entity("person/vera-lind", P, "Vera Lind")
                    .entity("person/omar-diaz", P, "Omar Diaz").entity("location/lind", EntityType.LOCATION, "Lind").into(store);
            StoreDocs.text("Lind signed the bill.").entity("person/lind", P, "Lind").into(store);
            assertEquals(List.of(Vocab.ID + "location/lind", Vocab.ID + "person/vera-lind"), StoreProbe.entityOf(store, "Lind"),
                    "the place keeps its type; the person's surname joins the one person of that name");
        });
    }

    private static final StoreDocs MARLOWE_FIRM = StoreDocs.text("Marlowe Dynamics Group bought a rival. Marlowe paid cash.")
            .entity("organization/marlowe-dynamics-group", O, "Marlowe Dynamics Group", "Marlowe", "ShortName");
    private static final StoreDocs GRACE_MARLOWE = StoreDocs.text("Grace Marlowe leads the union. Marlowe objected.")
            .entity("person/grace-marlowe", P, "Grace Marlowe", "Marlowe", "Surname");
    private static final StoreDocs MARLOWE_BARE = StoreDocs.text("Marlowe bought the plant.").entity("person/marlowe", P, "Marlowe");

    @Test
    void aBareNameAFirmIsShortlyCalledByJoinsNoPersonAndSaysSoInAnyOrder() {
        String ab = build("ab", List.of(MARLOWE_FIRM, GRACE_MARLOWE, MARLOWE_BARE));
        assertEquals(ab, build("ba", List.of(MARLOWE_BARE, GRACE_MARLOWE, MARLOWE_FIRM)), "any order, the same quads");
        withStore("ab", store -> {
            assertEquals(List.of(Vocab.ID + "organization/marlowe-dynamics-group", Vocab.ID + "person/grace-marlowe",
                    Vocab.ID + "person/marlowe"), StoreProbe.entityOf(store, "Marlowe"), "NER's person 'Marlowe' may be the firm: it joins neither");
            assertEquals(List.of(Vocab.ID + "organization/marlowe-dynamics-group", Vocab.ID + "person/grace-marlowe"), StoreProbe.select(store,
                    "SELECT ?w { <" + Vocab.ID + "person/marlowe> nkg:alias [ nkg:rule nkg:Ambiguous ; nkg:ambiguousWith ?w ] }", "w"));
        });
        withStore("s", store -> {
            String firm = MARLOWE_FIRM.into(store);
            GRACE_MARLOWE.into(store);
            MARLOWE_BARE.into(store);
            store.removeDocument(firm);
            assertEquals(List.of(Vocab.ID + "person/grace-marlowe"), StoreProbe.entityOf(store, "Marlowe"),
                    "without the document that made it the firm's short name, the surname fits one person");
        });
    }

    @Test
    void aFirmCalledByAPersonsSurnameOnlyByTheSurnameRuleLeavesThePersonsSurnameAlone() {
        withStore("s", store -> {
            StoreDocs.text("Hale Campaign staff met. Hale spoke.")
                    .entity("organization/hale-campaign", O, "Hale Campaign", "Hale", "Surname").into(store);
            StoreDocs.text("Nora Hale won. Hale thanked them.").entity("person/nora-hale", P, "Nora Hale", "Hale", "Surname").into(store);
            String bare = StoreDocs.text("Hale conceded nothing.").entity("person/hale", P, "Hale").into(store);
            assertEquals(List.of(Vocab.ID + "person/nora-hale"), StoreProbe.select(store, "SELECT DISTINCT ?e { GRAPH <" + bare
                    + "> { ?m itsrdf:taIdentRef ?e } }", "e"));
        });
    }

    private static final StoreDocs BRANDT_SR = StoreDocs.text("Harold Brandt Sr. governed for eight years.")
            .entity("person/harold-brandt-sr", P, "Harold Brandt Sr.");
    private static final StoreDocs BRANDT_ELDER = StoreDocs.text("Brandt spoke first. Harold Brandt Jr. listened.")
            .entity("person/brandt", P, "Brandt").entity("person/harold-brandt-jr", P, "Harold Brandt Jr.");
    private static final StoreDocs BRANDT_CONCEDED = StoreDocs.text("Brandt conceded at midnight.").entity("person/brandt", P, "Brandt");

    @Test
    void aBareSurnameTwoPeopleHoldIsOnePersonPerDocumentInAnyOrder() {
        String ab = build("ab", List.of(BRANDT_SR, BRANDT_ELDER, BRANDT_CONCEDED));
        assertEquals(ab, build("ba", List.of(BRANDT_CONCEDED, BRANDT_ELDER, BRANDT_SR)), "any order, the same quads");
        withStore("ab", store -> {
            List<String> brandts = StoreProbe.entityOf(store, "Brandt");
            assertEquals(2, brandts.size(), "two documents' 'Brandt' may be father and son: no full name ties them " + brandts);
            for (String e : brandts) {
                assertTrue(e.startsWith(Vocab.ID + "person/doc-") && e.endsWith("-brandt"), e);
                assertEquals(List.of(Vocab.ID + "person/harold-brandt-jr", Vocab.ID + "person/harold-brandt-sr"), StoreProbe.select(store,
                        "SELECT ?w { <" + e + "> nkg:alias [ nkg:rule nkg:Ambiguous ; nkg:ambiguousWith ?w ] }", "w"));
                assertEquals(List.of("Brandt"), StoreProbe.select(store, "SELECT ?l { <" + e + "> rdfs:label ?l }", "l"));
            }
        });
        withStore("s", store -> {
            String sr = BRANDT_SR.into(store);
            BRANDT_ELDER.into(store);
            BRANDT_CONCEDED.into(store);
            store.removeDocument(sr);
            assertEquals(List.of(Vocab.ID + "person/brandt"), StoreProbe.entityOf(store, "Brandt"),
                    "with one Brandt of full name left, the bare name is one entity again (it never joins a junior)");
        });
    }

    private static final StoreDocs KESTREL_FULL = StoreDocs.text("Kestrel Aerospace Systems Inc. was sold.")
            .entity("organization/kestrel-aerospace-systems-inc", O, "Kestrel Aerospace Systems Inc.");
    private static final StoreDocs KESTREL_SHORT = StoreDocs.text("Kestrel Aerospace shares rose.")
            .entity("organization/kestrel-aerospace", O, "Kestrel Aerospace");

    @Test
    void anOrganisationsNameWithoutItsLastWordJoinsTheOneOrganisationItFitsInEitherOrder() {
        assertEquals(build("ab", List.of(KESTREL_FULL, KESTREL_SHORT)), build("ba", List.of(KESTREL_SHORT, KESTREL_FULL)));
        withStore("ab", store -> {
            assertEquals(List.of(Vocab.ID + "organization/kestrel-aerospace-systems-inc"), StoreProbe.entityOf(store, "Kestrel Aerospace"));
            assertEquals(List.of("ShortName"), StoreProbe.select(store, "SELECT ?r { GRAPH <" + EntityIdentity.ENTITIES_GRAPH
                    + "> { ?e nkg:alias [ nkg:name \"Kestrel Aerospace\" ; nkg:rule ?rule ] } BIND(STRAFTER(STR(?rule), '#') AS ?r) }", "r"));
        });
        withStore("two", store -> {
            KESTREL_FULL.into(store);
            String other = StoreDocs.text("Kestrel Aerospace Components Ltd. was not.")
                    .entity("organization/kestrel-aerospace-components-ltd", O, "Kestrel Aerospace Components Ltd.").into(store);
            KESTREL_SHORT.into(store);
            assertEquals(List.of(Vocab.ID + "organization/kestrel-aerospace"), StoreProbe.entityOf(store, "Kestrel Aerospace"), "two fit: neither");
            store.removeDocument(other);
            assertEquals(List.of(Vocab.ID + "organization/kestrel-aerospace-systems-inc"), StoreProbe.entityOf(store, "Kestrel Aerospace"));
        });
        withStore("unit", store -> {
            StoreDocs.text("Harbor News Channel aired it.").entity("organization/harbor-news-channel", O, "Harbor News Channel").into(store);
            StoreDocs.text("Harbor News reported it.").entity("organization/harbor-news", O, "Harbor News").into(store);
            StoreDocs.text("Kestrel Aerospace of Ohio filed.").entity("organization/kestrel-aerospace-of-ohio", O, "Kestrel Aerospace of Ohio").into(store);
            KESTREL_SHORT.into(store);
            assertEquals(List.of(Vocab.ID + "organization/harbor-news"), StoreProbe.entityOf(store, "Harbor News"), "a unit is another body");
            assertEquals(List.of(Vocab.ID + "organization/kestrel-aerospace"), StoreProbe.entityOf(store, "Kestrel Aerospace"),
                    "only one last word, not a qualifying phrase");
        });
    }
}

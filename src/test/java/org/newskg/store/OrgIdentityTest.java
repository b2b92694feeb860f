package org.newskg.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.EntityType;
import org.newskg.rdf.Vocab;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newskg.store.StoreProbe.entityOf;

/**
 * Organisation names in another word order or with their country written another way, resolved
 * across documents by the store ({@link org.newskg.names.OrgNames}); a real TDB2 store on disk,
 * document graphs from hand-made extractions ({@link StoreDocs}).
 */
class OrgIdentityTest {

    private static final EntityType O = EntityType.ORGANIZATION;

    @TempDir
    Path tmp;

    private static final StoreDocs OF_FRANCE = StoreDocs.text("The Foreign Ministry of France said so.")
            .entity("organization/foreign-ministry-of-france", O, "Foreign Ministry of France");
    private static final StoreDocs FRENCH = StoreDocs.text("The French Foreign Ministry denied it.")
            .entity("organization/french-foreign-ministry", O, "French Foreign Ministry");
    private static final StoreDocs DEPARTMENT_OF = StoreDocs.text("The Department of Energy said so.")
            .entity("organization/department-of-energy", O, "Department of Energy");
    private static final StoreDocs DEPARTMENT = StoreDocs.text("The Energy Department denied it.")
            .entity("organization/energy-department", O, "Energy Department");

    private String build(String name, List<StoreDocs> docs) {
        return StoreProbe.build(tmp.resolve(name), docs);
    }

    @Test
    void aCountrysDemonymAndOfCountryNameOneMinistryInEitherOrder() {
        String ab = build("ab", List.of(OF_FRANCE, FRENCH));
        String ba = build("ba", List.of(FRENCH, OF_FRANCE));
        assertEquals(ab, ba, "the same documents in either order give the same quads");
        StoreProbe.withStore(tmp.resolve("ab"), store -> {
            assertEquals(entityOf(store, "Foreign Ministry of France"), entityOf(store, "French Foreign Ministry"));
            assertEquals(1, entityOf(store, "French Foreign Ministry").size());
        });
    }

    @Test
    void aDepartmentOfAFieldIsTheFieldsDepartmentInEitherOrder() {
        String ab = build("ab", List.of(DEPARTMENT_OF, DEPARTMENT));
        String ba = build("ba", List.of(DEPARTMENT, DEPARTMENT_OF));
        assertEquals(ab, ba, "the same documents in either order give the same quads");
        StoreProbe.withStore(tmp.resolve("ab"), store ->
                assertEquals(entityOf(store, "Department of Energy"), entityOf(store, "Energy Department")));
    }

    @Test
    void twoCountriesMinistriesStayApart() {
        build("s", List.of(FRENCH, StoreDocs.text("The Italian Foreign Ministry agreed.")
                .entity("organization/italian-foreign-ministry", O, "Italian Foreign Ministry")));
        StoreProbe.withStore(tmp.resolve("s"), store -> {
            assertNotEquals(entityOf(store, "French Foreign Ministry"), entityOf(store, "Italian Foreign Ministry"));
            assertEquals(List.of(Vocab.ID + "organization/italian-foreign-ministry"), entityOf(store, "Italian Foreign Ministry"));
        });
    }

    @Test
    void aUniversityKeepsItsWordOrder() {
        build("s", List.of(StoreDocs.text("The University of Dayton won.").entity("organization/university-of-dayton", O, "University of Dayton"),
                StoreDocs.text("Dayton University lost.").entity("organization/dayton-university", O, "Dayton University")));
        StoreProbe.withStore(tmp.resolve("s"), store ->
                assertNotEquals(entityOf(store, "University of Dayton"), entityOf(store, "Dayton University")));
    }
}

package org.newskg.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ingest package uses only what its package-info allows. */
class IngestDependenciesTest {

    @Test
    void ingestUsesOnlyTheJdkJacksonJsoupAndTheModel() {
        JavaClasses ingest = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newskg.ingest");
        classes().that().resideInAPackage("org.newskg.ingest..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.fasterxml.jackson..", "org.jsoup..", "org.newskg.model..",
                        "org.newskg.ingest..")
                .check(ingest);
    }
}

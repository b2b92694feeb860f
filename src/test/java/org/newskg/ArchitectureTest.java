package org.newskg;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the stages apart: each third-party framework lives in one package, dependencies point inward. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newskg");
    }

    @Test
    void coreNlpOnlyInNlp() {
        noClasses().that().resideOutsideOfPackage("org.newskg.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..").check(classes);
    }

    @Test
    void picocliOnlyInCli() {
        noClasses().that().resideOutsideOfPackage("org.newskg.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
    }

    @Test
    void fusekiOnlyInServe() {
        noClasses().that().resideOutsideOfPackage("org.newskg.serve..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena.fuseki..").check(classes);
    }

    @Test
    void sparkOnlyInSpark() {
        noClasses().that().resideOutsideOfPackage("org.newskg.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.sparkproject..", "scala..",
                        "org.apache.hadoop..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineReachesTheSparkJob() {
        noClasses().that().resideOutsideOfPackage("org.newskg.spark..").and().resideOutsideOfPackage("org.newskg.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newskg.spark..").check(classes);
    }

    @Test
    void extractionIsFreeOfJenaAndCoreNlp() {
        noClasses().that().resideInAPackage("org.newskg.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "edu.stanford..")
                .check(classes);
    }

    @Test
    void extractionConcernsPointInward() {
        noClasses().that().resideInAnyPackage("org.newskg.extract.entities..", "org.newskg.extract.time..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newskg.extract.relations..",
                        "org.newskg.extract.speech..")
                .because("names and dates are found before any fact, and know nothing of the rules that use them")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingElse() {
        classes().that().resideInAPackage("org.newskg.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.newskg.model..", "java..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.newskg.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newskg.cli..").check(classes);
    }

    @Test
    void stagesDoNotReachOutward() {
        noClasses().that().resideInAnyPackage("org.newskg.ingest..", "org.newskg.nlp..", "org.newskg.extract..",
                        "org.newskg.rdf..", "org.newskg.store..", "org.newskg.query..", "org.newskg.serve..",
                        "org.newskg.shapes..")
                .should().dependOnClassesThat().haveNameMatching("org\\.newskg\\.[A-Z].*").check(classes);
    }
}

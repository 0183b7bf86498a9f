package org.overturn.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.overturn.Launcher;

/** The layers of ARCHITECTURE.md, enforced: convention 1. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.overturn");
    }

    @Test
    void domainKnowsNothingOfJavaFxSqlPdfOrJson() {
        noClasses()
                .that()
                .resideInAPackage("org.overturn.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "java.sql..",
                        "org.apache.pdfbox..",
                        "com.fasterxml.jackson..",
                        "org.sqlite..",
                        "picocli..")
                .check(classes);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        noClasses()
                .that()
                .resideInAPackage("org.overturn.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.overturn.persistence..",
                        "org.overturn.ui..",
                        "org.overturn.app..",
                        "org.overturn.cli..",
                        "org.overturn.export..")
                .check(classes);
    }

    @Test
    void persistenceExportAndCliUseNoJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.overturn.persistence..", "org.overturn.export..", "org.overturn.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void persistenceAndExportDoNotReachUpIntoAppUiOrCli() {
        noClasses()
                .that()
                .resideInAnyPackage("org.overturn.persistence..", "org.overturn.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.overturn.ui..", "org.overturn.app..", "org.overturn.cli..")
                .check(classes);
    }

    @Test
    void screensDoNotTalkToTheDatabaseDirectly() {
        noClasses()
                .that()
                .resideInAPackage("org.overturn.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void exportRendersWhatItIsGivenAndReachesNoStorageOrUseCase() {
        noClasses()
                .that()
                .resideInAPackage("org.overturn.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.overturn.core..", "org.overturn.persistence..")
                .because(
                        "issue 16, item 3: the use cases live in core, their rules in domain; export only renders")
                .check(classes);
    }

    @Test
    void referenceDataIsReadOnlyByItsOneHolder() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.overturn.persistence..")
                .and()
                .doNotHaveFullyQualifiedName("org.overturn.core.ReferenceData")
                .should()
                .dependOnClassesThat()
                .haveNameMatching(
                        "org\\.overturn\\.persistence\\.(InstrumentLoader|CitationLoader|RebuttalDataLoader)")
                .because(
                        "issue 16, item 4: the reference files are read once, by core.ReferenceData, and handed out")
                .check(classes);
    }

    @Test
    void domainPackagesFormNoCycle() {
        slices().matching("org.overturn.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCaseAggregateSitsAboveItsParts() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.overturn.domain.cases..",
                        "org.overturn.domain.scoring..",
                        "org.overturn.domain.deadlines..",
                        "org.overturn.domain.rebuttal..",
                        "org.overturn.domain.parity..",
                        "org.overturn.domain.citations..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.overturn.domain.casefile..")
                .check(classes);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching("org.overturn.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(Launcher.class, Object.class)
                .check(classes);
    }
}

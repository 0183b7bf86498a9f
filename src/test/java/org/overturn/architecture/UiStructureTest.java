package org.overturn.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 1: the screens' packages form no cycle, view models hold no nodes, screens reach
 * storage through core.
 */
class UiStructureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.overturn");
    }

    @Test
    void screenPackagesFormNoCycle() {
        slices().matching("org.overturn.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses()
                .that()
                .resideInAPackage("org.overturn.ui..")
                .and()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void screensReachStorageThroughCore() {
        noClasses()
                .that()
                .resideInAPackage("org.overturn.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.overturn.persistence..")
                .check(classes);
    }

    @Test
    void viewModelsAreHandedWhatTheyUseNotAServiceLocator() {
        noClasses()
                .that()
                .resideInAPackage("org.overturn.ui..")
                .and(
                        DescribedPredicate.describe(
                                "are view models or classes nested in one",
                                (JavaClass c) ->
                                        c.getName().replaceAll("\\$.*", "").endsWith("ViewModel")))
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.overturn.ui.common.UiServices")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.overturn.core.CoreServices")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.overturn.app..")
                .because(
                        "issue 16, item 2: each view model gets the few things it needs in its"
                                + " constructor, built in the composition root")
                .check(classes);
    }
}

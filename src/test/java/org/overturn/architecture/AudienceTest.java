package org.overturn.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.scoring.PlacementResult;

/**
 * Two audiences, never mixed: nothing that writes for the plan reads text meant for the clinician.
 */
class AudienceTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.overturn");
    }

    @Test
    void outgoingWritersNeverReadClinicianOnlyText() {
        noClasses()
                .that()
                .areAnnotatedWith(Outgoing.class)
                .should()
                .callMethodWhere(target(annotatedWith(ClinicianOnly.class)))
                .because(
                        "notes for the clinician (caveats, flags, sources, readiness messages) never reach a page "
                                + "sent to the plan")
                .check(classes);
    }

    @Test
    void theLettersAndTheDrawnPacketPartsAreMarkedAsOutgoing() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Prose")
                .or()
                .haveSimpleName("LetterComposer")
                .or()
                .haveSimpleName("CoverSheet")
                .or()
                .haveSimpleName("LetterPages")
                .or()
                .haveSimpleName("Exhibits")
                .or()
                .haveSimpleName("Part2NoticePage")
                .or()
                .haveSimpleName("RequestLetterPdf")
                .should()
                .beAnnotatedWith(Outgoing.class)
                .check(classes);
    }

    @Test
    void theRuleCatchesAWriterThatReadsANote() {
        JavaClasses bad =
                new ClassFileImporter().importClasses(BadWriter.class, PlacementResult.class);
        Assertions.assertThatThrownBy(
                        () ->
                                noClasses()
                                        .that()
                                        .areAnnotatedWith(Outgoing.class)
                                        .should()
                                        .callMethodWhere(target(annotatedWith(ClinicianOnly.class)))
                                        .check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("iopNote");
    }

    /** A writer that would leak a placement note: the rule must fail on it. */
    @Outgoing
    static final class BadWriter {
        String write(PlacementResult r) {
            return "The ratings say: " + r.iopNote();
        }
    }
}

package org.overturn.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.export.packet.PacketFixtures;

/**
 * Continued coverage during the appeal is raised only where the law provides it, with worked dates.
 */
class ContinuationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aConcurrentDenialCuttingApprovedDaysEndsAnApprovedCourseAndOneRefusingMoreDaysDoesNot() {
        CaseFile early =
                ContinuationFixtures.approvedThrough(
                        PlanType.ERISA_SELF_FUNDED,
                        DenialType.CONCURRENT,
                        LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 11, 20));
        CaseFile extension =
                ContinuationFixtures.approvedThrough(
                        PlanType.ERISA_SELF_FUNDED,
                        DenialType.CONCURRENT,
                        LocalDate.of(2026, 11, 14),
                        LocalDate.of(2026, 11, 17));
        CaseFile preService =
                ContinuationFixtures.approvedThrough(
                        PlanType.ERISA_SELF_FUNDED,
                        DenialType.PRE_SERVICE,
                        LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 11, 20));

        assertThat(Continuation.endsApprovedCourse(early, early.currentDenial().orElseThrow()))
                .isTrue();
        assertThat(
                        Continuation.endsApprovedCourse(
                                extension, extension.currentDenial().orElseThrow()))
                .isFalse();
        assertThat(
                        Continuation.endsApprovedCourse(
                                preService, preService.currentDenial().orElseThrow()))
                .isFalse();
    }

    @Test
    void theMedicaidEnrolleeMayAskByTheLaterOfTenDaysFromTheNoticeAndTheEffectiveDate() {
        // Notice November 16: ten days is November 26, later than the November 20 cut.
        CaseFile soon =
                ContinuationFixtures.approvedThrough(
                        PlanType.MEDICAID_MCO,
                        DenialType.CONCURRENT,
                        LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 11, 20));
        assertThat(Continuation.medicaidEnrolleeDeadline(soon, soon.currentDenial().orElseThrow()))
                .contains(LocalDate.of(2026, 11, 26));
        // Cut on December 5, after the ten days: the effective date is the later.
        CaseFile later =
                ContinuationFixtures.approvedThrough(
                        PlanType.MEDICAID_MCO,
                        DenialType.CONCURRENT,
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2026, 12, 5));
        assertThat(
                        Continuation.medicaidEnrolleeDeadline(
                                later, later.currentDenial().orElseThrow()))
                .contains(LocalDate.of(2026, 12, 5));
        // Not Medicaid managed care, or nothing approved is cut: no continuation to ask for.
        CaseFile erisa =
                ContinuationFixtures.approvedThrough(
                        PlanType.ERISA_INSURED,
                        DenialType.CONCURRENT,
                        LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 11, 20));
        assertThat(
                        Continuation.medicaidEnrolleeDeadline(
                                erisa, erisa.currentDenial().orElseThrow()))
                .isEmpty();
        CaseFile past =
                ContinuationFixtures.approvedThrough(
                        PlanType.MEDICAID_MCO,
                        DenialType.CONCURRENT,
                        LocalDate.of(2026, 11, 14),
                        LocalDate.of(2026, 11, 17));
        assertThat(Continuation.medicaidEnrolleeDeadline(past, past.currentDenial().orElseThrow()))
                .isEmpty();
    }

    @Test
    void anErisaLetterAsksForADecisionBeforeTheReductionOnlyWhenApprovedCareIsCut() {
        String early =
                law(
                        ContinuationFixtures.approvedThrough(
                                PlanType.ERISA_SELF_FUNDED,
                                DenialType.CONCURRENT,
                                LocalDate.of(2026, 11, 30),
                                LocalDate.of(2026, 11, 20)));
        String extension =
                law(
                        ContinuationFixtures.approvedThrough(
                                PlanType.ERISA_SELF_FUNDED,
                                DenialType.CONCURRENT,
                                LocalDate.of(2026, 11, 14),
                                LocalDate.of(2026, 11, 17)));

        assertThat(early)
                .contains("approved through November 30, 2026")
                .contains("2560.503-1(f)(2)(ii)(A)")
                .contains("decide this appeal before ending coverage");
        assertThat(extension).doesNotContain("before ending coverage");
    }

    @Test
    void aMedicaidProvidersLetterNeverAsksForContinuationItself() {
        String text =
                String.join(
                        "\n",
                        draft(
                                        ContinuationFixtures.approvedThrough(
                                                PlanType.MEDICAID_MCO,
                                                DenialType.CONCURRENT,
                                                LocalDate.of(2026, 11, 30),
                                                LocalDate.of(2026, 11, 20)))
                                .stream()
                                .map(LetterSection::text)
                                .toList());

        assertThat(text)
                .doesNotContain("continue until")
                .doesNotContain("before ending coverage")
                .doesNotContain("438.420");
    }

    private static String law(CaseFile c) {
        return draft(c).stream()
                .filter(s -> s.part() == LetterPart.PARITY)
                .findFirst()
                .map(LetterSection::text)
                .orElse("");
    }

    private static List<LetterSection> draft(CaseFile c) {
        return LetterComposer.draft(
                new LetterInputs(
                        c,
                        PacketFixtures.sample(PacketFixtures.MH).payer(),
                        PacketFixtures.profile(),
                        PacketFixtures.library(),
                        PacketFixtures.stateRules(),
                        PacketFixtures.instruments(),
                        null,
                        TODAY));
    }
}

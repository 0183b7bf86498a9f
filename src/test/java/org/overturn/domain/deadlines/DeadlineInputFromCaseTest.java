package org.overturn.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;

class DeadlineInputFromCaseTest {

    private static CaseFile caseWith(Optional<PlanType> plan, Denial d) {
        return CaseFile.newCase(Patient.named("Ann Lee"))
                .withPlan(new PlanFacts(plan, Optional.empty(), "", "", Optional.empty()))
                .withDenial(d);
    }

    private static Denial denial(Optional<LocalDate> notice, Optional<LocalDateTime> received) {
        Denial b = Denial.blank(DenialType.CONCURRENT, LevelOfCare.IOP_MENTAL_HEALTH);
        return new Denial(
                b.id(),
                notice,
                received,
                b.receivedBy(),
                b.denialType(),
                true,
                b.levelOfCare(),
                b.reasons(),
                b.admissionSubReasons(),
                b.criteriaSet(),
                "",
                "",
                "",
                "",
                "",
                "",
                b.unitKind(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "");
    }

    @Test
    void buildsTheInputFromTheCurrentDenialAndTheClockFacts() {
        ClockFacts facts = ClockFacts.none().withLastCoveredDay(LocalDate.of(2026, 3, 9));
        DeadlineInput in =
                fromCase(
                                caseWith(
                                        Optional.of(PlanType.ERISA_INSURED),
                                        denial(
                                                Optional.of(LocalDate.of(2026, 3, 2)),
                                                Optional.of(
                                                        LocalDateTime.of(2026, 2, 27, 15, 10)))),
                                facts)
                        .orElseThrow();
        assertThat(in.planType()).isEqualTo(PlanType.ERISA_INSURED);
        assertThat(in.urgent()).isTrue();
        assertThat(in.receivedDate()).contains(LocalDate.of(2026, 2, 27));
        // Phoned in before the letter's date: the clock starts at the call.
        assertThat(in.fromNotice().date()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(in.facts()).isEqualTo(facts);
    }

    @Test
    void usesTheDayReceivedAsTheNoticeDateWhenTheLetterHasNone() {
        DeadlineInput in =
                fromCase(
                                caseWith(
                                        Optional.of(PlanType.TRICARE),
                                        denial(
                                                Optional.empty(),
                                                Optional.of(LocalDateTime.of(2026, 3, 4, 9, 0)))),
                                ClockFacts.none())
                        .orElseThrow();
        assertThat(in.noticeDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void givesNothingWithoutAPlanTypeOrAnyDenialDate() {
        assertThat(
                        fromCase(
                                caseWith(
                                        Optional.empty(),
                                        denial(
                                                Optional.of(LocalDate.of(2026, 3, 2)),
                                                Optional.empty())),
                                ClockFacts.none()))
                .isEmpty();
        assertThat(
                        fromCase(
                                caseWith(
                                        Optional.of(PlanType.FEHB),
                                        denial(Optional.empty(), Optional.empty())),
                                ClockFacts.none()))
                .isEmpty();
    }

    private static Optional<DeadlineInput> fromCase(CaseFile c, ClockFacts facts) {
        return DeadlineInput.fromDenial(c.plan().planType(), c.currentDenial(), facts);
    }
}

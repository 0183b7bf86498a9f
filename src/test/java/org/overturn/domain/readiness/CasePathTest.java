package org.overturn.domain.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.readiness.CasePath.State;
import org.overturn.domain.readiness.CasePath.Step;
import org.overturn.domain.readiness.CasePath.Why;
import org.overturn.domain.rebuttal.Statement;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.export.packet.PacketFixtures;

class CasePathTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static CasePath.Status step(CaseFile c, Step s) {
        return CasePath.of(c, false, false).get(s.ordinal());
    }

    private static CaseFile withDenial(String rationale, boolean dated) {
        Denial d = Denial.blank(DenialType.CONCURRENT, LevelOfCare.IOP_MENTAL_HEALTH);
        d =
                new Denial(
                        d.id(),
                        dated ? Optional.of(DAY) : Optional.empty(),
                        d.receivedAt(),
                        d.receivedBy(),
                        d.denialType(),
                        d.urgent(),
                        d.levelOfCare(),
                        d.reasons(),
                        d.admissionSubReasons(),
                        d.criteriaSet(),
                        d.criteriaVersion(),
                        d.reviewerName(),
                        d.reviewerCredentials(),
                        d.authorizationNumber(),
                        d.claimNumber(),
                        d.referenceNumber(),
                        d.unitKind(),
                        d.unitsRequested(),
                        d.unitsDenied(),
                        d.hoursPerWeekRequested(),
                        d.startDateRequested(),
                        d.billedAmount(),
                        rationale,
                        d.endDateRequested());
        return CaseFile.newCase(Patient.named("A. Patient")).withDenial(d);
    }

    @Test
    void aNewCaseHasNothingDoneAndItsNextStepIsTheDenial() {
        List<CasePath.Status> path =
                CasePath.of(CaseFile.newCase(Patient.named("A. Patient")), false, false);
        assertThat(path).extracting(CasePath.Status::state).containsOnly(State.NOT_STARTED);
        assertThat(CasePath.next(path).orElseThrow().step()).isEqualTo(Step.DENIAL);
    }

    @Test
    void aDenialIsDoneOnlyWithItsNoticeDateAndRationale() {
        assertThat(step(withDenial("", true), Step.DENIAL))
                .isEqualTo(
                        new CasePath.Status(Step.DENIAL, State.NEEDS_ATTENTION, Why.NO_RATIONALE));
        assertThat(step(withDenial("Not medically necessary.", false), Step.DENIAL).why())
                .isEqualTo(Why.NO_NOTICE_DATE);
        assertThat(step(withDenial("Not medically necessary.", true), Step.DENIAL).done()).isTrue();
    }

    @Test
    void scoresAreDoneOnlyWhenEveryDimensionOfAnAssessmentIsRated() {
        CaseFile c = withDenial("x", true);
        Assessment a = Assessment.start(Instrument.LOCUS, DAY, "Dr. R");
        assertThat(step(c.withAssessment(a), Step.SCORES).state()).isEqualTo(State.NEEDS_ATTENTION);
        for (String dim :
                Instrument.LOCUS
                        .dimensionIds()
                        .subList(0, Instrument.LOCUS.dimensionIds().size() - 1)) {
            a = a.withRating(DimensionRating.of(dim, 3));
        }
        assertThat(step(c.withAssessment(a), Step.SCORES).why())
                .isEqualTo(Why.ASSESSMENT_UNFINISHED);
        List<String> dims = Instrument.LOCUS.dimensionIds();
        a = a.withRating(DimensionRating.of(dims.get(dims.size() - 1), 2));
        assertThat(step(c.withAssessments(List.of(a)), Step.SCORES).done()).isTrue();
        assertThat(step(c, Step.SCORES).state()).isEqualTo(State.NOT_STARTED);
    }

    @Test
    void theRebuttalIsDoneWhenEveryStatementIsConfirmedAndAnswered() {
        CaseFile c = withDenial("x", true);
        StatementMapping m = StatementMapping.unmapped(new Statement("s1", "Patient is stable."));
        assertThat(step(c.withStatements(List.of(m)), Step.REBUTTAL).why())
                .isEqualTo(Why.STATEMENTS_UNCONFIRMED);
        assertThat(step(c.withStatements(List.of(m.confirm())), Step.REBUTTAL).why())
                .isEqualTo(Why.NO_ROWS);
        CaseFile sample = PacketFixtures.sample(PacketFixtures.MH).caseFile();
        assertThat(step(sample, Step.REBUTTAL).done())
                .isEqualTo(
                        sample.statements().stream().allMatch(StatementMapping::confirmed)
                                && !sample.rebuttal().isEmpty());
    }

    @Test
    void theLetterNeedsAttentionWhenStaleAndTheExportIsDoneOnlyOnceExported() {
        CaseFile c = withDenial("x", true);
        assertThat(step(c, Step.LETTER).why()).isEqualTo(Why.NOT_DRAFTED);
        LetterDraft l =
                LetterDraft.empty()
                        .withSections(
                                List.of(
                                        LetterSection.drafted(
                                                LetterPart.values()[0], "text", List.of())),
                                Optional.of(DAY));
        CaseFile drafted = c.withPacket(c.packet().withLetter(l));
        assertThat(step(drafted, Step.LETTER).done()).isTrue();
        assertThat(CasePath.of(drafted, true, false).get(Step.LETTER.ordinal()).why())
                .isEqualTo(Why.LETTER_STALE);
        assertThat(step(drafted, Step.EXPORT).done()).isFalse();
        assertThat(CasePath.of(drafted, false, true).get(Step.EXPORT.ordinal()).done()).isTrue();
    }
}

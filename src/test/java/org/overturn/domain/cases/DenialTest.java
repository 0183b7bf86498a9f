package org.overturn.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DenialTest {

    private static Denial withUnits(Optional<Integer> requested, Optional<Integer> denied) {
        return new Denial(
                "d",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DenialType.PRE_SERVICE,
                false,
                LevelOfCare.PHP,
                List.of(),
                List.of(),
                CriteriaSet.MCG,
                "",
                "",
                "",
                "",
                "",
                "",
                UnitKind.DAYS,
                requested,
                denied,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "");
    }

    private static Denial dated(Optional<LocalDate> notice, Optional<LocalDateTime> received) {
        return new Denial(
                "d",
                notice,
                received,
                Optional.empty(),
                DenialType.CONCURRENT,
                false,
                LevelOfCare.IOP_MENTAL_HEALTH,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                null);
    }

    @Test
    void unitsDeniedAboveUnitsRequestedAreRefused() {
        assertThatThrownBy(() -> withUnits(Optional.of(10), Optional.of(11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("units denied (11) cannot exceed units requested (10)");
    }

    @ParameterizedTest
    @CsvSource({"10,10", "10,0", "0,0"})
    void unitsDeniedUpToUnitsRequestedAreAccepted(int requested, int denied) {
        Denial d = withUnits(Optional.of(requested), Optional.of(denied));

        assertThat(d.unitsRequested()).contains(requested);
        assertThat(d.unitsDenied()).contains(denied);
    }

    @Test
    void negativeUnitsAreRefused() {
        assertThatThrownBy(() -> withUnits(Optional.of(-1), Optional.empty()))
                .hasMessage("units requested cannot be negative");
        assertThatThrownBy(() -> withUnits(Optional.empty(), Optional.of(-3)))
                .hasMessage("units denied cannot be negative");
    }

    @Test
    void aPhonedDenialBeforeTheLettersDateStartsTheClockOnTheCall() {
        Denial d =
                dated(
                        Optional.of(LocalDate.of(2026, 11, 16)),
                        Optional.of(LocalDateTime.of(2026, 11, 14, 16, 20)));

        assertThat(d.effectiveDate()).contains(LocalDate.of(2026, 11, 14));
    }

    @Test
    void aLetterReceivedAfterItsDateStartsTheClockOnTheNoticeDate() {
        Denial d =
                dated(
                        Optional.of(LocalDate.of(2026, 11, 19)),
                        Optional.of(LocalDateTime.of(2026, 11, 21, 9, 5)));

        assertThat(d.effectiveDate()).contains(LocalDate.of(2026, 11, 19));
    }

    @Test
    void whenOnlyOneDateIsKnownItIsTheEffectiveDate() {
        assertThat(dated(Optional.of(LocalDate.of(2026, 1, 2)), Optional.empty()).effectiveDate())
                .contains(LocalDate.of(2026, 1, 2));
        assertThat(
                        dated(Optional.empty(), Optional.of(LocalDateTime.of(2026, 1, 3, 23, 59)))
                                .effectiveDate())
                .contains(LocalDate.of(2026, 1, 3));
        assertThat(dated(Optional.empty(), Optional.empty()).effectiveDate()).isEmpty();
    }

    @Test
    void nullTextAndOptionalsAreNormalisedAndDefaultsApplied() {
        Denial d = dated(null, null);

        assertThat(d.noticeDate()).isEmpty();
        assertThat(d.receivedAt()).isEmpty();
        assertThat(d.criteriaSet()).isEqualTo(CriteriaSet.UNKNOWN);
        assertThat(d.unitKind()).isEqualTo(UnitKind.SESSIONS);
        assertThat(
                        List.of(
                                d.criteriaVersion(),
                                d.reviewerName(),
                                d.reviewerCredentials(),
                                d.authorizationNumber(),
                                d.claimNumber(),
                                d.referenceNumber(),
                                d.rationale()))
                .containsOnly("");
        assertThat(d.reasons()).isEmpty();
        assertThat(d.admissionSubReasons()).isEmpty();
    }

    @Test
    void listsAreImmutableCopiesWithoutDuplicates() {
        List<DenialReason> reasons =
                new ArrayList<>(
                        List.of(
                                DenialReason.OTHER,
                                DenialReason.OTHER,
                                DenialReason.OUTPATIENT_SUFFICIENT));
        Denial d =
                new Denial(
                        "d",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        DenialType.PRE_SERVICE,
                        false,
                        LevelOfCare.PHP,
                        reasons,
                        List.of(),
                        null,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        null,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "");
        reasons.clear();

        assertThat(d.reasons())
                .containsExactly(DenialReason.OTHER, DenialReason.OUTPATIENT_SUFFICIENT);
        assertThatThrownBy(() -> d.reasons().add(DenialReason.OTHER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requiredPartsAreRefusedWhenMissing() {
        assertThatThrownBy(() -> Denial.blank(null, LevelOfCare.PHP))
                .hasMessage("denial type is required");
        assertThatThrownBy(() -> Denial.blank(DenialType.PRE_SERVICE, null))
                .hasMessage("level of care is required");
    }

    @Test
    void hoursPerWeekOutsideAWeekAndNegativeAmountsAreRefused() {
        Denial base = Denial.blank(DenialType.PRE_SERVICE, LevelOfCare.PHP);
        assertThatThrownBy(
                        () ->
                                new Denial(
                                        "d",
                                        base.noticeDate(),
                                        base.receivedAt(),
                                        base.receivedBy(),
                                        base.denialType(),
                                        false,
                                        base.levelOfCare(),
                                        List.of(),
                                        List.of(),
                                        null,
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        null,
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.of(new BigDecimal("168.5")),
                                        Optional.empty(),
                                        Optional.empty(),
                                        ""))
                .hasMessageContaining("hours per week");
        assertThatThrownBy(
                        () ->
                                new Denial(
                                        "d",
                                        base.noticeDate(),
                                        base.receivedAt(),
                                        base.receivedBy(),
                                        base.denialType(),
                                        false,
                                        base.levelOfCare(),
                                        List.of(),
                                        List.of(),
                                        null,
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        null,
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.of(new BigDecimal("-0.01")),
                                        ""))
                .hasMessageContaining("billed amount");
    }

    @Test
    void rationaleKeepsItsInnerLayoutButNotTrailingSpace() {
        Denial d = CaseFixtures.denial("d", "x");

        assertThat(d.rationale()).isEqualTo("  Rationale line one: x\n\n  indented line two");
    }

    @Test
    void primaryNumberPrefersClaimThenAuthorizationThenReference() {
        Denial all = CaseFixtures.denial("d", "1");
        assertThat(all.primaryNumber()).isEqualTo("CLM-1");
        Denial none = Denial.blank(DenialType.PRE_SERVICE, LevelOfCare.PHP);
        assertThat(none.primaryNumber()).isEmpty();
    }
}

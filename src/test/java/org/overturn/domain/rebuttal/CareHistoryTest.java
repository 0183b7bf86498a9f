package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.rebuttal.CareHistory.Kind;

class CareHistoryTest {

    private static TreatmentEpisode ep(
            String id, CareSetting s, String from, String to, EpisodeOutcome o) {
        return new TreatmentEpisode(
                id,
                s,
                Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse),
                o,
                "",
                "",
                "");
    }

    @Test
    void theIntensityScaleIsOrderedOutpatientIopPhpResidentialInpatient() {
        List<CareSetting> ladder =
                List.of(
                        CareSetting.OUTPATIENT_THERAPY,
                        CareSetting.IOP,
                        CareSetting.PHP,
                        CareSetting.RESIDENTIAL,
                        CareSetting.INPATIENT);
        for (int i = 1; i < ladder.size(); i++) {
            assertThat(ladder.get(i).intensity().getAsInt())
                    .isGreaterThan(ladder.get(i - 1).intensity().getAsInt());
        }
        assertThat(CareSetting.PRIMARY_CARE.intensity().getAsInt())
                .isLessThan(CareSetting.IOP.intensity().getAsInt());
        assertThat(CareSetting.WITHDRAWAL_MANAGEMENT.intensity()).as("its own kind").isEmpty();
        assertThat(CareSetting.EMERGENCY.intensity()).isEmpty();
        assertThat(CareSetting.WITHDRAWAL_MANAGEMENT.belowIop()).isFalse();
        assertThat(CareSetting.RESIDENTIAL.belowIop()).isFalse();
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
        "PRIMARY_CARE, IOP_MENTAL_HEALTH, LOWER",
        "OUTPATIENT_THERAPY, IOP_SUBSTANCE_USE, LOWER",
        "MEDICATION_MANAGEMENT, IOP_MENTAL_HEALTH, LOWER",
        "COMMUNITY_SUPPORT, IOP_MENTAL_HEALTH, LOWER",
        "PHP, IOP_MENTAL_HEALTH, HIGHER",
        "RESIDENTIAL, IOP_SUBSTANCE_USE, HIGHER",
        "INPATIENT, IOP_MENTAL_HEALTH, HIGHER",
        "WITHDRAWAL_MANAGEMENT, IOP_SUBSTANCE_USE, WITHDRAWAL_MANAGEMENT",
        "WITHDRAWAL_MANAGEMENT, RESIDENTIAL, WITHDRAWAL_MANAGEMENT",
        "EMERGENCY, IOP_MENTAL_HEALTH, CRISIS",
        "OTHER, IOP_MENTAL_HEALTH, OTHER",
        "IOP, PHP, LOWER",
        "PHP, RESIDENTIAL, LOWER",
        "RESIDENTIAL, PHP, HIGHER",
        "IOP, IOP_MENTAL_HEALTH, SAME_LEVEL_BEFORE"
    })
    void eachSettingIsClassifiedAgainstTheLevelUnderReview(
            CareSetting s, LevelOfCare level, Kind expected) {
        TreatmentEpisode e = ep("e", s, "2024-01-01", "2024-03-01", EpisodeOutcome.RELAPSED);
        assertThat(
                        CareHistory.kind(
                                e,
                                CareHistory.intensity(level),
                                Optional.of(LocalDate.of(2026, 10, 26))))
                .isEqualTo(expected);
    }

    @Test
    void theCareUnderReviewIsTheCurrentEpisodeNeverOneTriedBefore() {
        TreatmentEpisode earlierIop =
                ep("a", CareSetting.IOP, "2024-01-01", "2024-03-01", EpisodeOutcome.RELAPSED);
        TreatmentEpisode ongoing =
                ep("b", CareSetting.IOP, "2026-10-26", null, EpisodeOutcome.ONGOING);
        TreatmentEpisode endedDuringReview =
                ep("c", CareSetting.IOP, "2026-10-26", "2026-11-14", EpisodeOutcome.IMPROVED);
        TreatmentEpisode therapy =
                ep(
                        "d",
                        CareSetting.OUTPATIENT_THERAPY,
                        "2025-02-03",
                        "2026-09-30",
                        EpisodeOutcome.WORSENED);
        TreatmentEpisode meds =
                ep(
                        "e",
                        CareSetting.MEDICATION_MANAGEMENT,
                        "2025-03-10",
                        null,
                        EpisodeOutcome.ONGOING);

        CareHistory h =
                CareHistory.of(
                        List.of(ongoing, therapy, earlierIop, meds),
                        LevelOfCare.IOP_MENTAL_HEALTH,
                        Optional.of(LocalDate.of(2026, 10, 26)));
        assertThat(h.current()).containsExactly(ongoing);
        assertThat(h.sameLevelBefore()).containsExactly(earlierIop);
        assertThat(h.lower())
                .as("ongoing lower-level care alongside counts as tried")
                .containsExactly(therapy, meds);
        assertThat(h.before()).doesNotContain(ongoing).containsExactly(earlierIop, therapy, meds);
        assertThat(h.lowerNotEnough()).containsExactly(therapy);

        CareHistory closed =
                CareHistory.of(
                        List.of(endedDuringReview),
                        LevelOfCare.IOP_MENTAL_HEALTH,
                        Optional.of(LocalDate.of(2026, 10, 26)));
        assertThat(closed.current()).containsExactly(endedDuringReview);
    }

    @Test
    void residentialAndWithdrawalManagementAreNeverLowerLevelsOfIop() {
        TreatmentEpisode residential =
                ep(
                        "1",
                        CareSetting.RESIDENTIAL,
                        "2025-03-10",
                        "2025-04-07",
                        EpisodeOutcome.IMPROVED);
        TreatmentEpisode therapy =
                ep(
                        "2",
                        CareSetting.OUTPATIENT_THERAPY,
                        "2025-04-14",
                        "2025-08-01",
                        EpisodeOutcome.RELAPSED);
        TreatmentEpisode detox =
                ep(
                        "3",
                        CareSetting.WITHDRAWAL_MANAGEMENT,
                        "2025-08-03",
                        "2025-08-08",
                        EpisodeOutcome.IMPROVED);
        CareHistory h =
                CareHistory.of(
                        List.of(residential, therapy, detox),
                        LevelOfCare.IOP_SUBSTANCE_USE,
                        Optional.empty());
        assertThat(h.lower()).containsExactly(therapy);
        assertThat(h.higher()).containsExactly(residential);
        assertThat(h.withdrawal()).containsExactly(detox);
        assertThat(h.current()).isEmpty();
        assertThat(h.kindOf(detox)).isEqualTo(Kind.WITHDRAWAL_MANAGEMENT);
    }
}

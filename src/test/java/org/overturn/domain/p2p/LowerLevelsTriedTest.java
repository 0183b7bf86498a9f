package org.overturn.domain.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.rebuttal.CareHistory;
import org.overturn.domain.rebuttal.CareSetting;
import org.overturn.domain.rebuttal.ClinicalPicture;
import org.overturn.domain.rebuttal.EpisodeOutcome;
import org.overturn.domain.rebuttal.TreatmentEpisode;

/** "Lower levels tried" holds only care less intensive than the level denied (issue 14, item 9). */
class LowerLevelsTriedTest {

    private static TreatmentEpisode ep(CareSetting s, LocalDate from, LocalDate to) {
        return new TreatmentEpisode(
                s.id(),
                s,
                Optional.of(from),
                Optional.ofNullable(to),
                EpisodeOutcome.UNKNOWN,
                "",
                "",
                "");
    }

    private static final ClinicalPicture HISTORY =
            ClinicalPicture.empty()
                    .withHistory(
                            List.of(
                                    ep(
                                            CareSetting.RESIDENTIAL,
                                            LocalDate.of(2025, 3, 10),
                                            LocalDate.of(2025, 4, 7)),
                                    ep(
                                            CareSetting.WITHDRAWAL_MANAGEMENT,
                                            LocalDate.of(2025, 3, 3),
                                            LocalDate.of(2025, 3, 9)),
                                    ep(
                                            CareSetting.OUTPATIENT_THERAPY,
                                            LocalDate.of(2025, 4, 14),
                                            LocalDate.of(2025, 8, 1)),
                                    ep(
                                            CareSetting.EMERGENCY,
                                            LocalDate.of(2025, 10, 22),
                                            LocalDate.of(2025, 10, 23)),
                                    ep(CareSetting.IOP, LocalDate.of(2026, 10, 26), null),
                                    ep(
                                            CareSetting.PHP,
                                            LocalDate.of(2024, 1, 2),
                                            LocalDate.of(2024, 2, 1))));

    private static List<String> titles(LevelOfCare level) {
        return PrepSheetBuilder.lowerLevels(
                        CareHistory.of(HISTORY.history(), level, Optional.empty()))
                .stream()
                .map(PrepSheet.Point::label)
                .toList();
    }

    @Test
    void forAnIopDenialHigherLevelsAndTheCurrentEpisodeAreNotLowerLevelsTried() {
        assertThat(titles(LevelOfCare.IOP_SUBSTANCE_USE))
                .hasSize(2)
                .anyMatch(t -> t.startsWith("Outpatient therapy"))
                .anyMatch(t -> t.startsWith("Emergency"))
                .noneMatch(t -> t.startsWith("Residential"))
                .noneMatch(t -> t.startsWith("Withdrawal"))
                .noneMatch(t -> t.startsWith("Intensive outpatient"))
                .noneMatch(t -> t.startsWith("Partial"));
    }

    @Test
    void forAResidentialDenialIopAndPhpAreLowerLevels() {
        assertThat(titles(LevelOfCare.RESIDENTIAL))
                .anyMatch(t -> t.startsWith("Intensive outpatient"))
                .anyMatch(t -> t.startsWith("Partial"))
                .noneMatch(t -> t.startsWith("Residential"))
                .noneMatch(t -> t.startsWith("Withdrawal"));
    }
}

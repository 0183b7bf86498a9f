package org.overturn.domain.rebuttal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.wording.Wording;

/**
 * The treatment history sorted against the level of care under review: which episodes were a lower
 * level, the same level before, a higher level, withdrawal management or crisis care, and which one
 * is the care under review itself (never "tried before"). Everything that prints "lower levels
 * tried" or the prior treatment reads it from here.
 *
 * @param lower settings less intensive than the one under review, tried before or alongside it
 * @param sameLevelBefore earlier episodes at the level under review, ended before the current one
 * @param higher more intensive settings (PHP, residential, inpatient below a PHP or residential
 *     request)
 * @param withdrawal withdrawal-management episodes: their own kind, never called lower or higher
 * @param crisis emergency-department and crisis visits
 * @param other settings recorded as "other"
 * @param current the episode of the care under review, when the history holds it
 */
public record CareHistory(
        List<TreatmentEpisode> lower,
        List<TreatmentEpisode> sameLevelBefore,
        List<TreatmentEpisode> higher,
        List<TreatmentEpisode> withdrawal,
        List<TreatmentEpisode> crisis,
        List<TreatmentEpisode> other,
        List<TreatmentEpisode> current) {

    /**
     * How an episode stands against the level under review. Its labels are in the wording file
     * {@code rebuttal}, under {@code careKind.} and the key each kind names.
     */
    public enum Kind {
        LOWER("lower"),
        SAME_LEVEL_BEFORE("sameLevelBefore"),
        HIGHER("higher"),
        WITHDRAWAL_MANAGEMENT("withdrawalManagement"),
        CRISIS("crisis"),
        OTHER("other"),
        CURRENT("current");

        private static final Wording WORDS = Wording.of("rebuttal");
        private static final String LABEL = "careKind.";

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String label() {
            return WORDS.text(LABEL + key);
        }
    }

    public CareHistory {
        lower = List.copyOf(lower);
        sameLevelBefore = List.copyOf(sameLevelBefore);
        higher = List.copyOf(higher);
        withdrawal = List.copyOf(withdrawal);
        crisis = List.copyOf(crisis);
        other = List.copyOf(other);
        current = List.copyOf(current);
    }

    /**
     * The step of the ladder a level of care under review sits on (see {@link
     * CareSetting#intensity()}).
     */
    public static int intensity(LevelOfCare level) {
        return switch (level) {
            case PHP -> CareSetting.PHP.intensity().getAsInt();
            case RESIDENTIAL -> CareSetting.RESIDENTIAL.intensity().getAsInt();
            default -> CareSetting.IOP.intensity().getAsInt();
        };
    }

    /**
     * @param level the level of care under review
     * @param careStart the first day of the care under review when known (the first authorized day,
     *     else the first day requested): an episode at that level still going, or going on or after
     *     that day, is it
     */
    public static CareHistory of(
            List<TreatmentEpisode> history, LevelOfCare level, Optional<LocalDate> careStart) {
        int under = intensity(level);
        List<List<TreatmentEpisode>> by = new ArrayList<>();
        for (int i = 0; i < Kind.values().length; i++) {
            by.add(new ArrayList<>());
        }
        List<TreatmentEpisode> sorted =
                history.stream()
                        .sorted(
                                Comparator.comparing(
                                        (TreatmentEpisode e) ->
                                                e.startDate().orElse(LocalDate.MIN)))
                        .toList();
        for (TreatmentEpisode e : sorted) {
            by.get(kind(e, under, careStart).ordinal()).add(e);
        }
        return new CareHistory(
                by.get(0), by.get(1), by.get(2), by.get(3), by.get(4), by.get(5), by.get(6));
    }

    /** One episode against a level of care under review of this intensity. */
    public static Kind kind(TreatmentEpisode e, int underReview, Optional<LocalDate> careStart) {
        OptionalInt step = e.setting().intensity();
        if (step.isEmpty()) {
            return switch (e.setting()) {
                case WITHDRAWAL_MANAGEMENT -> Kind.WITHDRAWAL_MANAGEMENT;
                case EMERGENCY -> Kind.CRISIS;
                default -> Kind.OTHER;
            };
        }
        if (step.getAsInt() < underReview) {
            return Kind.LOWER;
        }
        if (step.getAsInt() > underReview) {
            return Kind.HIGHER;
        }
        return isCurrent(e, careStart) ? Kind.CURRENT : Kind.SAME_LEVEL_BEFORE;
    }

    private static boolean isCurrent(TreatmentEpisode e, Optional<LocalDate> careStart) {
        if (e.endDate().isEmpty() || e.outcome() == EpisodeOutcome.ONGOING) {
            return true;
        }
        return careStart.map(start -> !e.endDate().get().isBefore(start)).orElse(false);
    }

    /** Every episode except the care under review, in the order they started. */
    public List<TreatmentEpisode> before() {
        List<TreatmentEpisode> out = new ArrayList<>();
        out.addAll(lower);
        out.addAll(sameLevelBefore);
        out.addAll(higher);
        out.addAll(withdrawal);
        out.addAll(crisis);
        out.addAll(other);
        out.sort(Comparator.comparing((TreatmentEpisode e) -> e.startDate().orElse(LocalDate.MIN)));
        return out;
    }

    /** The lower levels tried whose outcome shows they were not enough on their own. */
    public List<TreatmentEpisode> lowerNotEnough() {
        return lower.stream().filter(e -> e.outcome().showsInsufficient()).toList();
    }

    /** How the episode stands in this history. */
    public Kind kindOf(TreatmentEpisode e) {
        if (current.contains(e)) {
            return Kind.CURRENT;
        }
        if (lower.contains(e)) {
            return Kind.LOWER;
        }
        if (sameLevelBefore.contains(e)) {
            return Kind.SAME_LEVEL_BEFORE;
        }
        if (higher.contains(e)) {
            return Kind.HIGHER;
        }
        if (withdrawal.contains(e)) {
            return Kind.WITHDRAWAL_MANAGEMENT;
        }
        return crisis.contains(e) ? Kind.CRISIS : Kind.OTHER;
    }
}

package org.overturn.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.overturn.domain.wording.Wording;

/**
 * Compares ASAM 3rd-edition ratings with the typical Level 2.1 (IOP) profile of reference §3.1,
 * dimension by dimension. Placement follows the pattern of the highest-risk dimensions, so nothing
 * here sums or averages ratings. The sentences are in the wording file {@code scoring}.
 */
public final class AsamProfile {

    private static final Wording WORDS = Wording.of("scoring");

    private AsamProfile() {}

    public static AsamResult compare(AsamRatings r) {
        return compare(r, Optional.empty());
    }

    public static AsamResult compare(AsamRatings r, Optional<AsamEdition> insurerEdition) {
        List<DimensionFinding> findings = new ArrayList<>();
        for (int d = 1; d <= AsamRatings.COUNT; d++) {
            findings.add(finding(d, r.rating(d)));
        }
        boolean medicalWithinProfile =
                findings.subList(0, 3).stream().allMatch(f -> f.fit() == ProfileFit.SUPPORTS_IOP);
        boolean needsStructure = r.d4() >= 2 || r.d5() >= 2 || r.d6() >= 2;
        boolean supports = medicalWithinProfile && needsStructure;
        boolean underPlacement = findings.stream().anyMatch(DimensionFinding::underPlacementRisk);
        List<DimensionFinding> higher =
                findings.stream().filter(f -> f.fit() == ProfileFit.POINTS_HIGHER).toList();
        IopFit fit =
                !higher.isEmpty()
                        ? IopFit.ABOVE_IOP
                        : supports ? IopFit.SUPPORTS_IOP : IopFit.BELOW_IOP;

        List<String> reasons = new ArrayList<>();
        findings.forEach(f -> reasons.add(f.reason()));
        reasons.add(
                WORDS.text(
                        supports
                                ? "asam.reason.supports"
                                : !medicalWithinProfile
                                        ? "asam.reason.medicalOutside"
                                        : "asam.reason.noStructure"));
        insurerEdition.ifPresent(e -> reasons.add(editionNote(e)));
        return new AsamResult(
                r,
                findings,
                supports,
                underPlacement,
                fit,
                headline(fit, higher),
                reasons,
                iopNote(fit, underPlacement),
                insurerEdition);
    }

    private static DimensionFinding finding(int d, int v) {
        String id = "asam." + d;
        String name = AsamRatings.NAMES.get(d - 1);
        if (d <= 3) {
            int top = d == 3 ? 2 : 1;
            if (v <= top) {
                return new DimensionFinding(
                        id,
                        v,
                        ProfileFit.SUPPORTS_IOP,
                        false,
                        WORDS.fill(
                                "asam.finding.withinMedical",
                                "dimension",
                                d,
                                "name",
                                name,
                                "rating",
                                v,
                                "top",
                                top));
            }
            if (v >= 3) {
                return new DimensionFinding(
                        id,
                        v,
                        ProfileFit.POINTS_HIGHER,
                        true,
                        finding("asam.finding.serious", d, name, v));
            }
            return new DimensionFinding(
                    id,
                    v,
                    ProfileFit.POINTS_HIGHER,
                    false,
                    finding(
                            d == 1 ? "asam.finding.withdrawal" : "asam.finding.aboveMedical",
                            d,
                            name,
                            v));
        }
        if (v <= 1) {
            return new DimensionFinding(
                    id,
                    v,
                    ProfileFit.POINTS_LOWER,
                    false,
                    finding("asam.finding.below", d, name, v));
        }
        if (v == 4) {
            return new DimensionFinding(
                    id,
                    v,
                    ProfileFit.POINTS_HIGHER,
                    false,
                    finding("asam.finding.extreme", d, name, v));
        }
        return new DimensionFinding(
                id,
                v,
                ProfileFit.SUPPORTS_IOP,
                false,
                finding("asam.finding.withinPsychosocial", d, name, v));
    }

    /** A finding's sentence; {@code key} is one of the {@code asam.finding.} keys. */
    private static String finding(String key, int d, String name, int v) {
        return WORDS.fill(key, "dimension", d, "name", name, "rating", v);
    }

    private static String headline(IopFit fit, List<DimensionFinding> higher) {
        return switch (fit) {
            case SUPPORTS_IOP -> WORDS.text("asam.headline.supports");
            case ABOVE_IOP ->
                    WORDS.fill(
                            "asam.headline.above",
                            "dimensions",
                            higher.stream()
                                    .map(
                                            f ->
                                                    WORDS.fill(
                                                            "asam.headline.dimension",
                                                            "dimension",
                                                            f.dimensionId()
                                                                    .substring("asam.".length())))
                                    .collect(Collectors.joining(", ")));
            case BELOW_IOP -> WORDS.text("asam.headline.below");
        };
    }

    private static String iopNote(IopFit fit, boolean underPlacement) {
        return switch (fit) {
            case SUPPORTS_IOP -> WORDS.text("asam.iopNote.supports");
            case BELOW_IOP -> WORDS.text("asam.iopNote.below");
            case ABOVE_IOP ->
                    WORDS.text(
                            underPlacement ? "asam.iopNote.underPlacement" : "asam.iopNote.above");
        };
    }

    private static String editionNote(AsamEdition e) {
        return switch (e) {
            case THIRD -> WORDS.text("asam.edition.third");
            case FOURTH -> WORDS.text("asam.edition.fourth");
            case NOT_STATED -> WORDS.text("asam.edition.notStated");
        };
    }
}

package org.overturn.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares ASAM 3rd-edition ratings with the typical Level 2.1 (IOP) profile of reference §3.1,
 * dimension by dimension. Placement follows the pattern of the highest-risk dimensions, so nothing
 * here sums or averages ratings.
 */
public final class AsamProfile {

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
                supports
                        ? "Dimensions 1–3 are within the Level 2.1 profile and at least one of dimensions 4–6 is rated 2 or"
                                + " more: the pattern supports IOP."
                        : !medicalWithinProfile
                                ? "Dimensions 1–3 are not all within the Level 2.1 profile."
                                : "None of dimensions 4–6 is rated 2 or more: nothing shown needs IOP's structure.");
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
        String name = "Dimension " + d + " (" + AsamRatings.NAMES.get(d - 1) + ") rated " + v;
        if (d <= 3) {
            int top = d == 3 ? 2 : 1;
            if (v <= top) {
                return new DimensionFinding(
                        id,
                        v,
                        ProfileFit.SUPPORTS_IOP,
                        false,
                        name + ": within the Level 2.1 profile (typically 0–" + top + ").");
            }
            if (v >= 3) {
                return new DimensionFinding(
                        id,
                        v,
                        ProfileFit.POINTS_HIGHER,
                        true,
                        name
                                + ": serious or extreme;"
                                + " points to residential or medically managed care. Safety flag: IOP may be under-placement.");
            }
            return new DimensionFinding(
                    id,
                    v,
                    ProfileFit.POINTS_HIGHER,
                    false,
                    name
                            + (d == 1
                                    ? ": more than minimal withdrawal risk; IOP fits only with withdrawal management (2-WM) or more."
                                    : ": above the typical Level 2.1 profile; IOP fits only if the condition is stable and met by referral."));
        }
        if (v <= 1) {
            return new DimensionFinding(
                    id,
                    v,
                    ProfileFit.POINTS_LOWER,
                    false,
                    name
                            + ": below the Level 2.1 profile (typically 2–3); this dimension alone points lower.");
        }
        if (v == 4) {
            return new DimensionFinding(
                    id,
                    v,
                    ProfileFit.POINTS_HIGHER,
                    false,
                    name
                            + ": extreme; points to more structure than IOP (e.g. 24-hour or residential care).");
        }
        return new DimensionFinding(
                id,
                v,
                ProfileFit.SUPPORTS_IOP,
                false,
                name
                        + ": within the Level 2.1 profile (typically 2–3); needs structured support several times a week.");
    }

    private static String headline(IopFit fit, List<DimensionFinding> higher) {
        return switch (fit) {
            case SUPPORTS_IOP -> "Fits the Level 2.1 (Intensive Outpatient) profile";
            case ABOVE_IOP ->
                    "Points above Level 2.1 in "
                            + higher.stream()
                                    .map(f -> "D" + f.dimensionId().substring("asam.".length()))
                                    .collect(Collectors.joining(", "));
            case BELOW_IOP -> "Points below Level 2.1";
        };
    }

    private static String iopNote(IopFit fit, boolean underPlacement) {
        return switch (fit) {
            case SUPPORTS_IOP ->
                    "The ratings match the Level 2.1 (IOP) profile dimension by dimension.";
            case BELOW_IOP ->
                    "The ratings point below IOP. This is what the reviewer will argue: that outpatient care"
                            + " is enough. Check dimensions 4–6 against the chart; if your judgement differs, record an"
                            + " override with the reason for variance.";
            case ABOVE_IOP ->
                    (underPlacement
                                    ? "Safety flag: a serious rating in dimensions 1–3 may mean IOP is"
                                            + " under-placement. "
                                    : "Safety flag: some ratings point above IOP. ")
                            + "For the appeal, it shows IOP is not excessive: it is the less restrictive option asked for.";
        };
    }

    private static String editionNote(AsamEdition e) {
        return switch (e) {
            case THIRD -> "The insurer applied the 3rd edition, the same edition as these ratings.";
            case FOURTH ->
                    "The insurer applied the 4th edition, which renames and restructures the dimensions and"
                            + " rates them differently; these are 3rd-edition ratings, so compare them by substance, not by"
                            + " dimension number.";
            case NOT_STATED ->
                    "The insurer did not say which ASAM edition it applied: ask for the criteria used.";
        };
    }
}

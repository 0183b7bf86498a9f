package org.overturn.domain.scoring;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;
import org.overturn.domain.wording.Wording;

/**
 * ASAM 3rd edition: each dimension compared with the Level 2.1 (IOP) profile. There is no computed
 * level: the third edition has no public algorithm, and ratings are never averaged.
 *
 * @param supportsIop D1–D3 within the 2.1 profile and at least one of D4–D6 rated 2 or more
 * @param underPlacementRisk a 3 or 4 in D1–D3: IOP may be under-placement
 * @param insurerEdition the edition the insurer applied, when recorded
 */
public record AsamResult(
        AsamRatings ratings,
        List<DimensionFinding> findings,
        boolean supportsIop,
        boolean underPlacementRisk,
        IopFit iopFit,
        @ClinicianOnly String levelName,
        @ClinicianOnly List<String> reasons,
        @ClinicianOnly String iopNote,
        Optional<AsamEdition> insurerEdition)
        implements PlacementResult {

    /** In the wording file {@code scoring}, under {@code asam.basis}. */
    public static final String BASIS = Wording.of("scoring").text("asam.basis");

    public AsamResult {
        findings = Text.list(findings);
        reasons = Text.list(reasons);
        levelName = Text.clean(levelName);
        iopNote = Text.clean(iopNote);
        insurerEdition = Text.opt(insurerEdition);
    }

    @Override
    public Instrument instrument() {
        return Instrument.ASAM;
    }

    @ClinicianOnly
    @Override
    public String basis() {
        return BASIS;
    }

    public List<DimensionFinding> findings(ProfileFit fit) {
        return findings.stream().filter(f -> f.fit() == fit).toList();
    }
}

package org.overturn.domain.scoring;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;
import org.overturn.domain.wording.Wording;

/**
 * CALOCUS-CASII: the composite, the level from the unofficial simplification, and the clinician's
 * licensed-grid level when recorded. The level to rely on is the licensed grid's; {@link
 * #levelCode()} prefers it.
 *
 * @param composite sum of the eight ratings (8–40)
 * @param simplified the LOCUS tree run on the seven simplified values (VI = max(VI-A, VI-B))
 * @param licensedGridLevel the level the clinician read from their licensed grid
 */
public record CalocusResult(
        CalocusRatings ratings,
        int composite,
        LocusResult simplified,
        Optional<LocusLevel> licensedGridLevel,
        GridAgreement agreement,
        @ClinicianOnly List<String> reasons,
        IopFit iopFit,
        @ClinicianOnly String iopNote)
        implements PlacementResult {

    /** In the wording file {@code scoring}, under {@code calocus.basis}. */
    public static final String BASIS = Wording.of("scoring").text("calocus.basis");

    public CalocusResult {
        licensedGridLevel = Text.opt(licensedGridLevel);
        reasons = Text.list(reasons);
        iopNote = Text.clean(iopNote);
    }

    @Override
    public Instrument instrument() {
        return Instrument.CALOCUS;
    }

    /** The licensed-grid level when recorded, else the simplification's. */
    public LocusLevel level() {
        return licensedGridLevel.orElse(simplified.level());
    }

    public String levelCode() {
        return level().code();
    }

    /**
     * The level by number only: the CASII level names are unverified, and LOCUS's names are not
     * CALOCUS-CASII's.
     */
    @ClinicianOnly
    @Override
    public String levelName() {
        return Wording.of("scoring").fill("calocusLevel.title", "number", level().number());
    }

    @ClinicianOnly
    @Override
    public String basis() {
        return BASIS;
    }
}

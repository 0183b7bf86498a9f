package org.overturn.domain.scoring;

import java.util.List;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;
import org.overturn.domain.wording.Wording;

/**
 * What the LOCUS rules give for a set of ratings, with the reasons in plain words.
 *
 * @param reasons the rules that fired, in the order the tree applied them
 * @param whyNotLower why the next lower level does not fit (empty at Level 0)
 * @param whyNotHigher which criteria for higher levels are not met (empty at Level 6)
 * @param iopNote one plain sentence on what the level means for the IOP appeal
 */
public record LocusResult(
        LocusRatings ratings,
        LocusOptions options,
        int composite,
        LocusLevel level,
        @ClinicianOnly List<String> reasons,
        @ClinicianOnly List<String> whyNotLower,
        @ClinicianOnly List<String> whyNotHigher,
        IopFit iopFit,
        @ClinicianOnly String iopNote)
        implements PlacementResult {

    /** In the wording file {@code scoring}, under {@code locus.basis}. */
    public static final String BASIS = Wording.of("scoring").text("locus.basis");

    public LocusResult {
        reasons = Text.list(reasons);
        whyNotLower = Text.list(whyNotLower);
        whyNotHigher = Text.list(whyNotHigher);
        iopNote = Text.clean(iopNote);
    }

    @Override
    public Instrument instrument() {
        return Instrument.LOCUS;
    }

    public String levelCode() {
        return level.code();
    }

    @ClinicianOnly
    @Override
    public String levelName() {
        return level.title();
    }

    @ClinicianOnly
    @Override
    public String basis() {
        return BASIS;
    }
}

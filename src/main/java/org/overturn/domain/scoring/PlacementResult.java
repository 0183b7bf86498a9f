package org.overturn.domain.scoring;

import java.util.List;
import org.overturn.domain.audience.ClinicianOnly;

/**
 * The result of an instrument's placement rules; the UI switches on the concrete type for
 * instrument details.
 */
public sealed interface PlacementResult permits LocusResult, CalocusResult, AsamResult {

    Instrument instrument();

    /**
     * The suggested level with its name, e.g. "Level 3: High Intensity Community Based Services";
     * for ASAM, which has no public algorithm, the outcome of the Level 2.1 profile comparison
     * instead.
     */
    @ClinicianOnly
    String levelName();

    /** The rules or comparisons behind the result, in plain words. */
    @ClinicianOnly
    List<String> reasons();

    IopFit iopFit();

    /** One plain sentence on what the result means for the IOP appeal. */
    @ClinicianOnly
    String iopNote();

    /**
     * How the level was reached and what to check it against (always shown: this is decision
     * support).
     */
    @ClinicianOnly
    String basis();
}

package org.overturn.domain.citations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.Text;

/**
 * One law, rule, case or guidance document the app may cite, with its source and the limits of its
 * reach.
 *
 * @param id stable id used by templates and engines (for example {@code
 *     erisa-claims-appeal-180-days})
 * @param summary what it says, in our own words
 * @param source where it was read (a public address or document name)
 * @param jurisdiction "US" for federal, or a two-letter state code
 * @param planTypes the plan types it reaches; empty means it reaches none by itself (for example, a
 *     persuasive case)
 * @param effectiveFrom the first day it applies
 * @param effectiveUntil the last day it applies, when it has ended
 */
public record Citation(
        String id,
        String shortTitle,
        String citation,
        @ClinicianOnly String summary,
        @ClinicianOnly String source,
        String jurisdiction,
        CitationKind kind,
        List<PlanType> planTypes,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveUntil,
        Enforcement enforcement,
        Verification verification) {

    public Citation {
        id = Text.require(id, "citation id");
        shortTitle = Text.require(shortTitle, "citation " + id + " short title");
        citation = Text.require(citation, "citation " + id + " citation");
        summary = Text.require(summary, "citation " + id + " summary");
        source = Text.require(source, "citation " + id + " source");
        jurisdiction = Text.require(jurisdiction, "citation " + id + " jurisdiction");
        if (kind == null || enforcement == null || verification == null || effectiveFrom == null) {
            throw new IllegalArgumentException(
                    "citation " + id + " needs kind, enforcement, verification and effectiveFrom");
        }
        planTypes = Text.list(planTypes);
        effectiveUntil = Text.opt(effectiveUntil);
    }

    /** In effect on the day and reaching this plan type. */
    public boolean appliesTo(PlanType planType, LocalDate on) {
        return planTypes.contains(planType) && isInEffect(on);
    }

    public boolean isInEffect(LocalDate on) {
        return !on.isBefore(effectiveFrom) && effectiveUntil.map(u -> !on.isAfter(u)).orElse(true);
    }

    /**
     * Whether output may print it without the clinician choosing it: never for an unverified entry.
     */
    public boolean citableByDefault() {
        return verification != Verification.UNVERIFIED;
    }
}

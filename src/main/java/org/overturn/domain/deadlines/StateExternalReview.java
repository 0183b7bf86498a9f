package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A state's own window for asking for external review of a state-regulated plan's final denial,
 * where the state runs its own process. Only insured, individual and (where the state extends its
 * law to them) state and local government plans use it; self-funded employer plans always use the
 * federal process. Each window cites its library entry; a window not confirmed at its source is
 * never given as a date.
 *
 * @param months the window in months, or 0 when it is counted in days
 * @param days the window in days, or 0 when it is counted in months
 * @param confirmed whether the window was read in the state's own statute, regulation or
 *     regulator's page
 */
public record StateExternalReview(
        String state,
        String name,
        int months,
        int days,
        String countsFrom,
        String citationId,
        boolean confirmed,
        String note) {

    /**
     * The states the app knows, in the order of the issue that asked for them. Each entry's source
     * is in its note and in its library entry; a window confirmed at 4 months, or not confirmed,
     * has no entry and an empty id.
     */
    static final List<StateExternalReview> KNOWN =
            List.of(
                    // dmhc.ca.gov (IMR application page) and insurance.ca.gov (CDI IMR booklet):
                    // both read.
                    new StateExternalReview(
                            "CA",
                            "California",
                            6,
                            0,
                            "the plan's written decision upholding the denial (the Department of Managed Health Care counts "
                                    + "from when the plan sends it)",
                            "state-ca-imr-6-months",
                            true,
                            "Independent medical review: apply to the Department of Managed Health Care for an HMO or other "
                                    + "plan it licenses (some PPOs), or to the Department of Insurance for most other PPO and "
                                    + "indemnity insurance. The Department of Insurance says the Commissioner may allow longer in "
                                    + "special circumstances."),
                    // 215 ILCS 180/35(a), read at the General Assembly's site.
                    new StateExternalReview(
                            "IL",
                            "Illinois",
                            4,
                            0,
                            "receipt of the notice of the adverse determination or final adverse determination",
                            "",
                            true,
                            "Ask the Director of the Illinois Department of Insurance (215 ILCS 180/35(a))."),
                    // dfs.ny.gov (File an External Appeal) read; Insurance Law 4914(b)(1) read in
                    // copies of the statute.
                    new StateExternalReview(
                            "NY",
                            "New York",
                            4,
                            0,
                            "the date of the final adverse determination from the first level of internal appeal",
                            "",
                            true,
                            "Apply to the Department of Financial Services. Filing a second-level internal appeal does not "
                                    + "extend the 4 months, which run from the first-level decision. A provider appealing on its own "
                                    + "behalf has 60 days (Insurance Law 4914(b)(1))."),
                    // No Texas statute or rule with a window was read; the two tdi.texas.gov pages
                    // read give none.
                    new StateExternalReview(
                            "TX",
                            "Texas",
                            4,
                            0,
                            "the final internal denial",
                            "",
                            false,
                            "The Texas Department of Insurance's page on appeals and external review says the U.S. "
                                    + "Department of Labor or HHS oversees external review for most plans in Texas (the federal "
                                    + "window is 4 months); its 2017 consumer page said there was no deadline to ask for an "
                                    + "independent review organization's review."),
                    // WAC 284-43-3150(5), read at the Legislature's site.
                    new StateExternalReview(
                            "WA",
                            "Washington",
                            0,
                            180,
                            "the carrier's written decision on the internal review",
                            "state-wa-ext-review-180-days",
                            true,
                            "The carrier's decision must say the appellant has up to 180 days to file a request for external "
                                    + "review (WAC 284-43-3150(5)); the rule does not say from which day, so the decision's date, "
                                    + "the earlier one, is used."),
                    // ORS 743B.255(1), read in a copy of the statute; dfr.oregon.gov read.
                    new StateExternalReview(
                            "OR",
                            "Oregon",
                            0,
                            180,
                            "receipt of the insurer's final written decision after its internal appeal process",
                            "state-or-ext-review-180-days",
                            true,
                            "Apply in writing through the insurer, which forwards the request to the Division of Financial "
                                    + "Regulation; the Division assigns the independent review organization."),
                    // pa.gov (Request a Review If Your Health Insurance Denied a Treatment...)
                    // read.
                    new StateExternalReview(
                            "PA",
                            "Pennsylvania",
                            4,
                            0,
                            "the date of the Final Adverse Benefit Determination Letter",
                            "",
                            true,
                            "Apply to the Pennsylvania Insurance Department, which has run external review since January 1, "
                                    + "2024 (Act 146 of 2022)."),
                    // No Florida statute, rule or regulator page with a window was read.
                    new StateExternalReview(
                            "FL",
                            "Florida",
                            4,
                            0,
                            "the final internal denial",
                            "",
                            false,
                            "Secondary guides say Florida has no state external review program meeting the federal "
                                    + "standards, so its insured plans use the HHS-administered federal process; they disagree on "
                                    + "the window (60 days in some, the federal 4 months in another)."));

    public static Optional<StateExternalReview> of(String state) {
        return KNOWN.stream().filter(s -> s.state().equalsIgnoreCase(state)).findFirst();
    }

    public static List<StateExternalReview> known() {
        return KNOWN;
    }

    /** The window in words: "6 months", "180 days". */
    public String window() {
        return months > 0 ? months + " months" : days + " days";
    }

    /** The last day to file, counted from the final internal denial. */
    public LocalDate due(LocalDate finalDenial) {
        return months > 0
                ? DeadlineMath.monthsLaterClamped(finalDenial, months)
                : finalDenial.plusDays(days);
    }

    /**
     * Whether the state's window is the federal floor of 4 months, so no second date is worth
     * showing.
     */
    public boolean sameAsFederal() {
        return months == 4 && days == 0;
    }
}

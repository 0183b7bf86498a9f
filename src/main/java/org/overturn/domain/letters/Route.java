package org.overturn.domain.letters;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;

/**
 * The document a plan type takes at a step of review, and what follows from it: its title, how the
 * letter asks for it, who decides it, who may sign it and which library entries ground it. One
 * table for the letter, the fax cover and the readiness check, so they never disagree about what is
 * being sent.
 *
 * @param title the document's name as printed ("Request for reconsideration")
 * @param askFor what the opening asks for, after "to request " ("a reconsideration of the plan's
 *     organization determination")
 * @param decider who decides it, as the subject of a sentence ("the plan", "the state Medicaid
 *     agency")
 * @param filers who may sign it; empty when the route takes no request from anyone (see {@code
 *     refusal})
 * @param citationIds the library entries that ground the request, tried in order (each also as
 *     {@code id-phsa})
 * @param refusal why nothing can be written on this route, when that is so
 */
@Outgoing
public record Route(
        String title,
        String askFor,
        String decider,
        Set<Signer> filers,
        List<String> citationIds,
        Optional<String> refusal) {

    private static final Set<Signer> ANYONE =
            Set.of(Signer.PROVIDER, Signer.PATIENT, Signer.REPRESENTATIVE);
    private static final Set<Signer> MEMBER = Set.of(Signer.PATIENT, Signer.REPRESENTATIVE);

    public Route {
        filers = Set.copyOf(filers);
        citationIds = List.copyOf(citationIds);
        refusal = refusal == null ? Optional.empty() : refusal;
    }

    /** The route for a plan type, the kind of denial and the step of review. */
    public static Route of(Optional<PlanType> planType, DenialType denial, ReviewLevel level) {
        PlanType t = planType.orElse(PlanType.OTHER);
        return level == ReviewLevel.EXTERNAL_REVIEW ? external(t) : internal(t, denial);
    }

    private static Route internal(PlanType t, DenialType denial) {
        String decision = "the plan's " + Words.denialKind(denial) + " decision";
        return switch (t) {
            case ERISA_SELF_FUNDED, ERISA_INSURED, INDIVIDUAL, GOVERNMENT_NONFEDERAL ->
                    route(
                            "Appeal",
                            "an appeal of " + decision,
                            "the plan",
                            ANYONE,
                            List.of(
                                    "erisa-appeal-filing-180-days",
                                    "aca-internal-appeals-group-individual"));
            case OTHER ->
                    route("Appeal", "an appeal of " + decision, "the plan", ANYONE, List.of());
            case MEDICAID_MCO ->
                    route(
                            "Appeal",
                            "an appeal of the plan's adverse benefit determination",
                            "the plan",
                            ANYONE,
                            List.of("medicaid-mco-appeal-60-days"));
            case MEDICAID_FFS ->
                    route(
                            "Request for a state fair hearing",
                            "a state fair hearing on the Medicaid agency's decision",
                            "the state Medicaid agency",
                            MEMBER,
                            List.of(
                                    "medicaid-ffs-fair-hearing-right",
                                    "medicaid-ffs-fair-hearing-request"));
            case MEDICARE_ADVANTAGE ->
                    denial == DenialType.POST_SERVICE
                            ? route(
                                    "Request for payment reconsideration",
                                    "a reconsideration of the plan's decision to deny payment",
                                    "the plan",
                                    MEMBER,
                                    List.of(
                                            "medicare-ma-reconsideration-filing",
                                            "medicare-ma-payment-reconsideration"))
                            : route(
                                    "Request for reconsideration",
                                    "a reconsideration of the plan's organization determination",
                                    "the plan",
                                    ANYONE,
                                    List.of("medicare-ma-reconsideration-filing"));
            case MEDICARE_ORIGINAL ->
                    route(
                            "Request for redetermination",
                            "a redetermination of the initial determination",
                            "the Medicare Administrative Contractor",
                            ANYONE,
                            List.of("medicare-redetermination-120-days"));
            case FEHB ->
                    route(
                            "Request for reconsideration",
                            "a reconsideration of the carrier's decision",
                            "the carrier",
                            ANYONE,
                            List.of("fehb-carrier-reconsideration"));
            case TRICARE ->
                    route(
                            "Request for reconsideration",
                            "a reconsideration of the TRICARE decision",
                            "the TRICARE contractor",
                            MEMBER,
                            List.of("tricare-reconsideration-90-days"));
        };
    }

    private static Route external(PlanType t) {
        return switch (t) {
            case ERISA_SELF_FUNDED, ERISA_INSURED, INDIVIDUAL, GOVERNMENT_NONFEDERAL, OTHER ->
                    route(
                            "Request for external review",
                            "external review of the plan's final adverse determination",
                            "the independent review organization",
                            ANYONE,
                            List.of("aca-ext-review-request-4-months"));
            case MEDICAID_MCO ->
                    route(
                            "Request for a state fair hearing",
                            "a state fair hearing on the plan's appeal decision",
                            "the state Medicaid agency",
                            ANYONE,
                            List.of("medicaid-mco-state-fair-hearing"));
            case MEDICAID_FFS ->
                    refused(
                            "Medicaid fee-for-service has no further review to request here: the state "
                                    + "fair hearing is the appeal; choose the first level of review");
            case MEDICARE_ADVANTAGE ->
                    refused(
                            "Medicare Advantage: the plan itself forwards a reconsideration it "
                                    + "upholds to the independent review entity; there is no request to write");
            case MEDICARE_ORIGINAL ->
                    route(
                            "Request for reconsideration",
                            "a reconsideration by the Qualified Independent Contractor of the redetermination",
                            "the Qualified Independent Contractor",
                            ANYONE,
                            List.of("medicare-qic-reconsideration-180-days"));
            case FEHB ->
                    route(
                            "Request for OPM review",
                            "review by the Office of Personnel Management of the "
                                    + "carrier's reconsidered decision",
                            "the Office of Personnel Management",
                            ANYONE,
                            List.of("fehb-opm-review"));
            case TRICARE ->
                    route(
                            "Request for second reconsideration",
                            "a second reconsideration of the TRICARE decision",
                            "the TRICARE reviewer",
                            MEMBER,
                            List.of("tricare-second-reconsideration"));
        };
    }

    private static Route route(
            String title, String askFor, String decider, Set<Signer> filers, List<String> ids) {
        return new Route(title, askFor, decider, filers, ids, Optional.empty());
    }

    private static Route refused(String why) {
        return new Route(
                "Request", "review", "the reviewer", Set.of(), List.of(), Optional.of(why));
    }

    /** "Expedited request for reconsideration", "Appeal". */
    public String title(boolean expedited) {
        return expedited ? "Expedited " + Words.lower(title) : title;
    }

    /** How the letter greets the one who decides. */
    public String addresseeTitle() {
        if (title.contains("fair hearing")) {
            return "Hearing Officer";
        }
        return title.contains("external review") ? "External Reviewer" : "Reviewer";
    }

    /** Whether this signer may sign the document on this route. */
    public boolean mayBeSignedBy(Signer s) {
        return filers.contains(s);
    }
}

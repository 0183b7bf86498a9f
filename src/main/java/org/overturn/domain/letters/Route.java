package org.overturn.domain.letters;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.wording.Wording;

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
 * @param refusal why nothing can be written on this route, when that is so: a message for the
 *     clinician (the readiness check), never printed; its wording is in {@link RouteRefusals}
 * @param expeditable whether the letter may ask for the review to be expedited (not when it only
 *     adds evidence to a review already under way)
 */
@Outgoing
public record Route(
        String title,
        String askFor,
        String decider,
        Set<Signer> filers,
        List<String> citationIds,
        @ClinicianOnly Optional<String> refusal,
        boolean expeditable) {

    private static final Set<Signer> ANYONE =
            Set.of(Signer.PROVIDER, Signer.PATIENT, Signer.REPRESENTATIVE);
    private static final Set<Signer> MEMBER = Set.of(Signer.PATIENT, Signer.REPRESENTATIVE);
    private static final Wording LAW = Wording.of("letter-law");

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
        String kind = Words.denialKind(denial);
        return switch (t) {
            case ERISA_SELF_FUNDED, ERISA_INSURED, INDIVIDUAL, GOVERNMENT_NONFEDERAL ->
                    route(
                            LAW.text("route.title.appeal"),
                            LAW.fill("route.askFor.planDecision", "denialKind", kind),
                            LAW.text("route.decider.plan"),
                            ANYONE,
                            List.of(
                                    "erisa-appeal-filing-180-days",
                                    "aca-internal-appeals-group-individual"));
            case OTHER ->
                    route(
                            LAW.text("route.title.appeal"),
                            LAW.fill("route.askFor.planDecision", "denialKind", kind),
                            LAW.text("route.decider.plan"),
                            ANYONE,
                            List.of());
            case MEDICAID_MCO ->
                    route(
                            LAW.text("route.title.appeal"),
                            LAW.text("route.askFor.mcoAppeal"),
                            LAW.text("route.decider.plan"),
                            ANYONE,
                            List.of("medicaid-mco-appeal-60-days"));
            case MEDICAID_FFS ->
                    route(
                            LAW.text("route.title.fairHearing"),
                            LAW.text("route.askFor.ffsHearing"),
                            LAW.text("route.decider.medicaidAgency"),
                            MEMBER,
                            List.of(
                                    "medicaid-ffs-fair-hearing-right",
                                    "medicaid-ffs-fair-hearing-request"));
            case MEDICARE_ADVANTAGE ->
                    denial == DenialType.POST_SERVICE
                            ? route(
                                    LAW.text("route.title.paymentReconsideration"),
                                    LAW.text("route.askFor.maPayment"),
                                    LAW.text("route.decider.plan"),
                                    MEMBER,
                                    List.of(
                                            "medicare-ma-reconsideration-filing",
                                            "medicare-ma-payment-reconsideration"))
                            : route(
                                    LAW.text("route.title.reconsideration"),
                                    LAW.text("route.askFor.maOrganization"),
                                    LAW.text("route.decider.plan"),
                                    ANYONE,
                                    List.of("medicare-ma-reconsideration-filing"));
            case MEDICARE_ORIGINAL ->
                    route(
                            LAW.text("route.title.redetermination"),
                            LAW.text("route.askFor.redetermination"),
                            LAW.text("route.decider.mac"),
                            ANYONE,
                            List.of("medicare-redetermination-120-days"));
            case FEHB ->
                    route(
                            LAW.text("route.title.reconsideration"),
                            LAW.text("route.askFor.carrier"),
                            LAW.text("route.decider.carrier"),
                            ANYONE,
                            List.of("fehb-carrier-reconsideration"));
            case TRICARE ->
                    route(
                            LAW.text("route.title.reconsideration"),
                            LAW.text("route.askFor.tricare"),
                            LAW.text("route.decider.tricareContractor"),
                            MEMBER,
                            List.of("tricare-reconsideration-90-days"));
        };
    }

    private static Route external(PlanType t) {
        return switch (t) {
            case ERISA_SELF_FUNDED, ERISA_INSURED, INDIVIDUAL, GOVERNMENT_NONFEDERAL, OTHER ->
                    route(
                            LAW.text("route.title.externalReview"),
                            LAW.text("route.askFor.externalReview"),
                            LAW.text("route.decider.iro"),
                            ANYONE,
                            List.of("aca-ext-review-request-4-months"));
            case MEDICAID_MCO ->
                    route(
                            LAW.text("route.title.fairHearing"),
                            LAW.text("route.askFor.mcoHearing"),
                            LAW.text("route.decider.medicaidAgency"),
                            ANYONE,
                            List.of("medicaid-mco-state-fair-hearing"));
            case MEDICAID_FFS -> refused(RouteRefusals.medicaidFfsExternal());
            // The plan forwards a reconsideration it upholds to the independent review entity
            // itself (42 CFR 422.590, 422.592): nothing is requested, but evidence may be added
            // for the entity's review. Its timing follows the plan's; the letter never asks for it
            // to be expedited.
            case MEDICARE_ADVANTAGE ->
                    new Route(
                            LAW.text("route.title.ireEvidence"),
                            LAW.text("route.askFor.ireEvidence"),
                            LAW.text("route.decider.ire"),
                            ANYONE,
                            List.of("medicare-ma-reconsideration-decision"),
                            Optional.empty(),
                            false);
            case MEDICARE_ORIGINAL ->
                    route(
                            LAW.text("route.title.reconsideration"),
                            LAW.text("route.askFor.qic"),
                            LAW.text("route.decider.qic"),
                            ANYONE,
                            List.of("medicare-qic-reconsideration-180-days"));
            case FEHB ->
                    route(
                            LAW.text("route.title.opmReview"),
                            LAW.text("route.askFor.opm"),
                            LAW.text("route.decider.opm"),
                            ANYONE,
                            List.of("fehb-opm-review"));
            case TRICARE ->
                    route(
                            LAW.text("route.title.secondReconsideration"),
                            LAW.text("route.askFor.tricareSecond"),
                            LAW.text("route.decider.tricareReviewer"),
                            MEMBER,
                            List.of("tricare-second-reconsideration"));
        };
    }

    private static Route route(
            String title, String askFor, String decider, Set<Signer> filers, List<String> ids) {
        return new Route(title, askFor, decider, filers, ids, Optional.empty(), true);
    }

    private static Route refused(String why) {
        return new Route(
                LAW.text("route.title.refused"),
                LAW.text("route.askFor.refused"),
                LAW.text("route.decider.refused"),
                Set.of(),
                List.of(),
                Optional.of(why),
                false);
    }

    /** "Expedited request for reconsideration", "Appeal". */
    public String title(boolean expedited) {
        return expedited ? LAW.fill("route.title.expedited", "title", Words.lower(title)) : title;
    }

    /** How the letter greets the one who decides. */
    public String addresseeTitle() {
        if (title.equals(LAW.text("route.title.fairHearing"))) {
            return LAW.text("route.addressee.hearing");
        }
        return title.equals(LAW.text("route.title.externalReview"))
                ? LAW.text("route.addressee.external")
                : LAW.text("route.addressee.reviewer");
    }

    /** Whether this signer may sign the document on this route. */
    public boolean mayBeSignedBy(Signer s) {
        return filers.contains(s);
    }
}

package org.overturn.domain.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.letters.LetterComposer.Drafted;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.wording.Wording;

/**
 * The statement asking for an expedited decision. Whether it may say that the plan is
 * <em>obliged</em> to expedite depends on the plan type and on who makes the statement: under ERISA
 * and the ACA a physician with knowledge of the condition (29 CFR 2560.503-1(m)(1)(iii)); for
 * Medicare Advantage a physician (42 CFR 422.584(c)(2)(ii)); for Medicaid managed care any provider
 * (42 CFR 438.410(a)). Everyone else asks, and gives the clinical reasons.
 */
@Outgoing
final class Urgency {

    private static final Wording LAW = Wording.of("letter-law");

    private Urgency() {}

    /**
     * Whether the statement's author binds the plan on this plan type (and the library lets us say
     * so).
     */
    static boolean binding(
            Optional<PlanType> planType, Optional<Clinician> author, CitationPicker cite) {
        if (planType.isEmpty() || author.isEmpty()) {
            return false;
        }
        return switch (planType.get()) {
            case ERISA_SELF_FUNDED, ERISA_INSURED, INDIVIDUAL, GOVERNMENT_NONFEDERAL ->
                    author.get().physician()
                            && !cite.usable(List.of("erisa-urgent-physician-certification"))
                                    .isEmpty();
            case MEDICARE_ADVANTAGE ->
                    author.get().physician()
                            && !cite.usable(List.of("medicare-ma-expedite-physician")).isEmpty();
            case MEDICAID_MCO -> !cite.usable(List.of("medicaid-mco-expedite-provider")).isEmpty();
            default -> false;
        };
    }

    static Optional<Drafted> statement(
            CaseFile c,
            CareStory story,
            Voice voice,
            Route route,
            ReviewLevel level,
            CitationPicker cite) {
        Optional<Clinician> author = voice.clinician();
        if (author.isEmpty()) {
            return Optional.empty();
        }
        List<String> used = new ArrayList<>();
        String name = c.patient().name();
        String doc = Words.lower(route.title());
        StringBuilder sb = new StringBuilder();
        Optional<PlanType> t = c.plan().planType();
        // The rules that let the signer's statement bind the plan are rules of the plan's own
        // appeals; the next level (external review, a fair hearing, OPM) is decided by someone
        // else under its own rules, so there the clinician gives the grounds and asks.
        boolean external = level == ReviewLevel.EXTERNAL_REVIEW;
        boolean binding = !external && binding(t, author, cite);
        if (binding) {
            sb.append(
                    switch (t.get()) {
                        case MEDICAID_MCO ->
                                LAW.fill(
                                        "urgency.binding.medicaidMco",
                                        "patient",
                                        name,
                                        "document",
                                        doc);
                        case MEDICARE_ADVANTAGE ->
                                LAW.fill(
                                        "urgency.binding.medicareAdvantage",
                                        "patient",
                                        name,
                                        "document",
                                        doc);
                        default ->
                                LAW.fill(
                                        "urgency.binding.physician",
                                        "patient",
                                        name,
                                        "document",
                                        doc);
                    });
        } else {
            sb.append(
                    author.get().physician()
                            ? LAW.fill("urgency.asking.physician", "patient", name, "document", doc)
                            : LAW.fill(
                                    "urgency.asking.clinician", "patient", name, "document", doc));
        }
        if (story.type() == DenialType.CONCURRENT) {
            sb.append(' ').append(LAW.fill("urgency.inTreatment", "patient", name));
        }
        String reasons = c.clinical().ifCareStops().strip();
        if (!reasons.isEmpty()) {
            sb.append(' ').append(LAW.fill("urgency.reasons", "reasons", Words.sentence(reasons)));
        }
        if (binding) {
            sb.append(' ').append(obligation(t.get(), doc, cite, used));
        } else if (external
                && t.map(Urgency::acaExternalReview).orElse(false)
                && !cite.usable(DECISION_TIMES).isEmpty()) {
            sb.append(' ')
                    .append(
                            LAW.fill(
                                    "urgency.obligation.externalReview",
                                    "law",
                                    cite.cite(used, DECISION_TIMES.toArray(String[]::new))));
        } else {
            String law =
                    t.filter(p -> p == PlanType.FEHB && !external)
                            .map(p -> cite.cite(used, "fehb-urgent-appeal"))
                            .orElse("");
            sb.append(' ')
                    .append(
                            LAW.fill(
                                    "urgency.ask",
                                    "decider",
                                    route.decider(),
                                    "document",
                                    doc,
                                    "law",
                                    law));
        }
        return Drafted.of(sb.toString(), used);
    }

    /** How fast the independent reviewer decides an expedited external review (the ACA's rule). */
    private static final List<String> DECISION_TIMES =
            List.of("aca-ext-review-decision-times", "aca-ext-review-decision-times-phsa");

    /** The plan types whose next level is the ACA's external review by an independent reviewer. */
    private static boolean acaExternalReview(PlanType t) {
        return switch (t) {
            case ERISA_SELF_FUNDED, ERISA_INSURED, INDIVIDUAL, GOVERNMENT_NONFEDERAL, OTHER -> true;
            default -> false;
        };
    }

    private static String obligation(
            PlanType t, String doc, CitationPicker cite, List<String> used) {
        // The citations are picked in the order they are printed: an entry cited once is not
        // repeated.
        return switch (t) {
            case MEDICARE_ADVANTAGE -> {
                String expedite = cite.cite(used, "medicare-ma-expedite-physician");
                String decision = cite.cite(used, "medicare-ma-reconsideration-decision");
                yield LAW.fill(
                        "urgency.obligation.medicareAdvantage",
                        "expediteLaw",
                        expedite,
                        "decisionLaw",
                        decision);
            }
            case MEDICAID_MCO -> {
                String expedite = cite.cite(used, "medicaid-mco-expedite-provider");
                String resolution = cite.cite(used, "medicaid-mco-appeal-resolution");
                yield LAW.fill(
                        "urgency.obligation.medicaidMco",
                        "expediteLaw",
                        expedite,
                        "resolutionLaw",
                        resolution);
            }
            default -> {
                String certification = cite.cite(used, "erisa-urgent-physician-certification");
                String time =
                        cite.cite(
                                used,
                                "erisa-appeal-decision-times",
                                "aca-internal-appeals-group-individual");
                yield LAW.fill(
                        "urgency.obligation.urgentCare",
                        "document",
                        doc,
                        "expediteLaw",
                        certification,
                        "timeLaw",
                        time);
            }
        };
    }
}

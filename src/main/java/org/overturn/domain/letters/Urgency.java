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

/**
 * The statement asking for an expedited decision. Whether it may say that the plan is
 * <em>obliged</em> to expedite depends on the plan type and on who makes the statement: under ERISA
 * and the ACA a physician with knowledge of the condition (29 CFR 2560.503-1(m)(1)(iii)); for
 * Medicare Advantage a physician (42 CFR 422.584(c)(2)(ii)); for Medicaid managed care any provider
 * (42 CFR 438.410(a)). Everyone else asks, and gives the clinical reasons.
 */
@Outgoing
final class Urgency {

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
            CaseFile c, CareStory story, Voice voice, Route route, CitationPicker cite) {
        Optional<Clinician> author = voice.clinician();
        if (author.isEmpty()) {
            return Optional.empty();
        }
        List<String> used = new ArrayList<>();
        String name = c.patient().name();
        String doc = Words.lower(route.title());
        StringBuilder sb = new StringBuilder();
        Optional<PlanType> t = c.plan().planType();
        boolean binding = binding(t, author, cite);
        if (binding) {
            String who =
                    switch (t.get()) {
                        case MEDICAID_MCO -> "As " + name + "'s treating provider";
                        case MEDICARE_ADVANTAGE -> "As " + name + "'s treating physician";
                        default ->
                                "As a physician with knowledge of " + name + "'s medical condition";
                    };
            sb.append(who)
                    .append(", I have determined that deciding this ")
                    .append(doc)
                    .append(" within the standard timeframe could seriously jeopardize ")
                    .append(name)
                    .append("'s life or health or ability to regain maximum function.");
        } else {
            sb.append("In my clinical judgement as ")
                    .append(name)
                    .append(
                            author.get().physician()
                                    ? "'s treating physician"
                                    : "'s treating clinician")
                    .append(", deciding this ")
                    .append(doc)
                    .append(" within the standard timeframe could seriously jeopardize ")
                    .append(name)
                    .append("'s health.");
        }
        if (story.type() == DenialType.CONCURRENT) {
            sb.append(' ')
                    .append(name)
                    .append(
                            " is in treatment now, and the decision ends coverage of that treatment.");
        }
        String reasons = c.clinical().ifCareStops().strip();
        if (!reasons.isEmpty()) {
            sb.append(" The clinical reasons: ").append(Words.sentence(reasons));
        }
        if (binding) {
            sb.append(' ').append(obligation(t.get(), doc, cite, used));
        } else {
            sb.append(" I ask ")
                    .append(route.decider())
                    .append(" to handle this ")
                    .append(doc)
                    .append(
                            " as expedited and to decide it as quickly as the patient's condition requires");
            sb.append(
                    t.filter(p -> p == PlanType.FEHB)
                            .map(p -> cite.cite(used, "fehb-urgent-appeal"))
                            .orElse(""));
            sb.append('.');
        }
        return Drafted.of(sb.toString(), used);
    }

    private static String obligation(
            PlanType t, String doc, CitationPicker cite, List<String> used) {
        return switch (t) {
            case MEDICARE_ADVANTAGE ->
                    "The plan must therefore expedite this reconsideration"
                            + cite.cite(used, "medicare-ma-expedite-physician")
                            + " and decide it as quickly as the "
                            + "patient's condition requires"
                            + cite.cite(used, "medicare-ma-reconsideration-decision")
                            + ".";
            case MEDICAID_MCO ->
                    "The plan must therefore resolve this appeal as expedited"
                            + cite.cite(used, "medicaid-mco-expedite-provider")
                            + ", as quickly as the enrollee's condition "
                            + "requires"
                            + cite.cite(used, "medicaid-mco-appeal-resolution")
                            + ".";
            default ->
                    "The plan must therefore treat this "
                            + doc
                            + " as an urgent care claim"
                            + cite.cite(used, "erisa-urgent-physician-certification")
                            + " and decide it as quickly as the "
                            + "patient's condition requires, and no later than 72 hours after receiving it"
                            + cite.cite(
                                    used,
                                    "erisa-appeal-decision-times",
                                    "aca-internal-appeals-group-individual")
                            + ".";
        };
    }
}

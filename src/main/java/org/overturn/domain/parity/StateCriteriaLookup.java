package org.overturn.domain.parity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Verification;
import org.overturn.domain.rebuttal.Diagnosis;
import org.overturn.domain.rebuttal.SubstanceUseSeverity;
import org.overturn.domain.wording.Wording;

/**
 * Which level-of-care criteria state law requires for a case, and whether the denial used them.
 * State insurance law reaches insured coverage (and some public and Medicaid plans), never
 * self-funded ERISA plans. The notes and verdicts are worded in the wording file {@code
 * parity-notes}, under {@code state.} and {@code verdict.}.
 */
public final class StateCriteriaLookup {

    private static final Wording NOTES = Wording.of("parity-notes");

    private final List<StateCriteriaRule> rules;

    public StateCriteriaLookup(List<StateCriteriaRule> rules) {
        this.rules = List.copyOf(rules);
        if (rules.stream().map(StateCriteriaRule::id).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("two state rules share an id");
        }
    }

    public List<StateCriteriaRule> rules() {
        return rules;
    }

    /**
     * The markets a plan belongs to for state law; empty when no state law on criteria can reach
     * it.
     */
    public static Set<StateMarket> markets(PlanType t, FundingType funding) {
        switch (t) {
            case ERISA_INSURED:
                return EnumSet.of(StateMarket.INSURED_GROUP);
            case INDIVIDUAL:
                return EnumSet.of(StateMarket.INDIVIDUAL);
            case MEDICAID_MCO:
                return EnumSet.of(StateMarket.MEDICAID_MANAGED_CARE);
            case GOVERNMENT_NONFEDERAL:
                return funding == FundingType.FULLY_INSURED
                        ? EnumSet.of(StateMarket.PUBLIC_EMPLOYEE, StateMarket.INSURED_GROUP)
                        : EnumSet.of(StateMarket.PUBLIC_EMPLOYEE);
            default:
                return EnumSet.noneOf(StateMarket.class);
        }
    }

    /**
     * Substance use when the level of care or any F1x diagnosis says so; mental health otherwise or
     * as well.
     */
    public static List<CareFocus> focus(LevelOfCare level, List<Diagnosis> diagnoses) {
        Set<CareFocus> f = new LinkedHashSet<>();
        if (level != LevelOfCare.IOP_SUBSTANCE_USE) {
            f.add(CareFocus.MENTAL_HEALTH);
        }
        if (level.involvesSubstanceUse()
                || diagnoses.stream()
                        .anyMatch(d -> SubstanceUseSeverity.isSubstanceUseCode(d.code()))) {
            f.add(CareFocus.SUBSTANCE_USE);
        }
        return List.copyOf(f);
    }

    public StateCriteriaResult lookup(
            String state,
            PlanType planType,
            FundingType funding,
            List<CareFocus> focus,
            LocalDate on) {
        List<String> notes = new ArrayList<>();
        if (state == null || state.isBlank()) {
            return new StateCriteriaResult(
                    "", focus, List.of(), List.of(NOTES.text("state.noState")));
        }
        if (planType == PlanType.ERISA_SELF_FUNDED) {
            return new StateCriteriaResult(
                    state, focus, List.of(), List.of(NOTES.text("state.selfFunded")));
        }
        Set<StateMarket> markets = markets(planType, funding);
        List<StateCriteriaRule> reach = new ArrayList<>();
        for (StateCriteriaRule r : rules) {
            if (!r.state().equalsIgnoreCase(state.strip())) {
                continue;
            }
            if (r.markets().stream().noneMatch(markets::contains)) {
                notes.add(
                        NOTES.fill(
                                "state.otherMarkets",
                                "rule",
                                r.id(),
                                "markets",
                                labels(r.markets())));
            } else if (r.focus().stream().noneMatch(focus::contains)) {
                notes.add(
                        NOTES.fill("state.otherFocus", "rule", r.id(), "focus", labels(r.focus())));
            } else if (!r.inEffect(on)) {
                notes.add(
                        on.isBefore(r.effectiveFrom())
                                ? NOTES.fill(
                                        "state.notYetInEffect",
                                        "rule",
                                        r.id(),
                                        "from",
                                        r.effectiveFrom(),
                                        "on",
                                        on)
                                : NOTES.fill(
                                        "state.noLongerInEffect",
                                        "rule",
                                        r.id(),
                                        "until",
                                        r.effectiveUntil().orElseThrow(),
                                        "on",
                                        on));
            } else {
                reach.add(r);
            }
        }
        if (reach.isEmpty() && notes.isEmpty()) {
            notes.add(NOTES.fill("state.noRule", "state", state.strip()));
        }
        return new StateCriteriaResult(state.strip(), focus, reach, notes);
    }

    /** One verdict per rule that reaches the case. */
    public static List<CriteriaVerdict> check(StateCriteriaResult result, CriteriaSet used) {
        List<CriteriaVerdict> out = new ArrayList<>();
        for (StateCriteriaRule r : result.rules()) {
            out.add(
                    new CriteriaVerdict(
                            r.id(),
                            r.citationId(),
                            finding(r, result.focus(), used),
                            message(r, used)));
        }
        return out;
    }

    public static boolean wrongCriteriaApplied(List<CriteriaVerdict> verdicts) {
        return verdicts.stream().anyMatch(v -> v.finding() == CriteriaFinding.WRONG_CRITERIA);
    }

    private static CriteriaFinding finding(
            StateCriteriaRule r, List<CareFocus> focus, CriteriaSet used) {
        if (used == CriteriaSet.UNKNOWN) {
            return CriteriaFinding.NOT_STATED;
        }
        if (r.accepted().contains(used)) {
            return CriteriaFinding.MATCHES;
        }
        // An unchecked rule, a condition we cannot test, or care only partly within the rule's
        // focus (co-occurring
        // care judged under mental-health criteria) calls for verification, not an accusation.
        boolean partlyOutside = focus.stream().anyMatch(f -> !r.focus().contains(f));
        if (r.conditional().contains(used)
                || r.verification() == Verification.UNVERIFIED
                || partlyOutside) {
            return CriteriaFinding.VERIFY;
        }
        return CriteriaFinding.WRONG_CRITERIA;
    }

    private static String message(StateCriteriaRule r, CriteriaSet used) {
        return used == CriteriaSet.UNKNOWN
                ? NOTES.fill("verdict.criteriaNotStated", "requirement", r.requirement())
                : NOTES.fill(
                        "verdict.criteriaUsed",
                        "criteria",
                        used.label(),
                        "requirement",
                        r.requirement());
    }

    private static String labels(List<? extends HasId> items) {
        return String.join(", ", items.stream().map(i -> i.label().toLowerCase()).toList());
    }

    public Optional<StateCriteriaRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}

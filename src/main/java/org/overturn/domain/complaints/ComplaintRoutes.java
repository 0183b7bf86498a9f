package org.overturn.domain.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.parity.FundingType;
import org.overturn.domain.wording.Wording;

/**
 * Who takes each kind of complaint, from the plan type, its funding and the state it is issued in
 * (legal-rules section 7 and section 4.6):
 *
 * <ul>
 *   <li>Parity: the Department of Labor's EBSA for employer plans under ERISA, insured or not, and
 *       also the state's insurance regulator for an insured one (the state regulates the insurer);
 *       CMS for non-federal governmental plans (and the state for an insured one); the state's
 *       insurance regulator for individual coverage, with CMS where a state does not enforce; the
 *       state Medicaid agency for Medicaid managed care. Parity law does not reach Medicare, and
 *       the references hold no parity complaint route for Medicaid fee-for-service, FEHB or
 *       TRICARE.
 *   <li>A state criteria law: the state's insurance regulator for insured coverage, the state
 *       Medicaid agency for Medicaid managed care; never for a self-funded plan, which state law
 *       does not reach.
 *   <li>The employer: only for a plan an employer sponsors.
 * </ul>
 *
 * California splits insurance oversight between DMHC and CDI; both are offered and the clinician
 * chooses the one that licenses the plan.
 */
public final class ComplaintRoutes {

    private static final Wording NOTES = Wording.of("complaint-notes");

    private ComplaintRoutes() {}

    /**
     * @param state the two-letter code of the state the plan is issued in, or ""
     * @param employerSponsored what the case says, when known
     */
    public static ComplaintRoute of(
            ComplaintKind kind,
            Optional<PlanType> planType,
            FundingType funding,
            String state,
            Optional<Boolean> employerSponsored) {
        if (planType.isEmpty() || planType.get() == PlanType.OTHER) {
            return ComplaintRoute.refused(kind, NOTES.text("refused.planType"));
        }
        PlanType t = planType.get();
        String st = state == null ? "" : state.strip();
        return switch (kind) {
            case PARITY -> parity(t, funding, st);
            case STATE_LAW -> stateLaw(t, funding, st);
            case EMPLOYER -> employer(t, employerSponsored);
        };
    }

    private static ComplaintRoute parity(PlanType t, FundingType funding, String st) {
        ComplaintKind k = ComplaintKind.PARITY;
        List<String> notes = new ArrayList<>();
        List<Regulator> who = new ArrayList<>();
        switch (t) {
            case ERISA_SELF_FUNDED -> {
                who.add(Regulator.EBSA);
                notes.add(NOTES.text("note.ebsa"));
                notes.add(NOTES.text("note.selfFunded"));
            }
            case ERISA_INSURED -> {
                who.add(Regulator.EBSA);
                notes.add(NOTES.text("note.ebsa"));
                addState(who, notes, st, true);
            }
            case GOVERNMENT_NONFEDERAL -> {
                who.add(Regulator.CMS);
                notes.add(NOTES.text("note.cms"));
                if (funding == FundingType.FULLY_INSURED) {
                    addState(who, notes, st, true);
                } else if (funding == FundingType.UNKNOWN) {
                    notes.add(NOTES.text("note.fundingUnknown"));
                }
            }
            case INDIVIDUAL -> {
                if (st.isEmpty()) {
                    return ComplaintRoute.refused(k, NOTES.text("refused.state"));
                }
                addState(who, notes, st, false);
                who.add(Regulator.CMS);
                notes.add(NOTES.text("note.cmsIndividual"));
            }
            case MEDICAID_MCO -> {
                if (st.isEmpty()) {
                    return ComplaintRoute.refused(k, NOTES.text("refused.state"));
                }
                who.add(Regulator.STATE_MEDICAID);
                notes.add(NOTES.text("note.medicaid"));
            }
            case MEDICAID_FFS -> {
                return ComplaintRoute.refused(k, NOTES.text("refused.parity.medicaidFfs"));
            }
            case MEDICARE_ADVANTAGE, MEDICARE_ORIGINAL -> {
                return ComplaintRoute.refused(k, NOTES.text("refused.parity.medicare"));
            }
            case FEHB -> {
                return ComplaintRoute.refused(k, NOTES.text("refused.parity.fehb"));
            }
            case TRICARE -> {
                return ComplaintRoute.refused(k, NOTES.text("refused.parity.tricare"));
            }
            case OTHER -> {
                return ComplaintRoute.refused(k, NOTES.text("refused.planType"));
            }
        }
        return ComplaintRoute.to(k, who, notes);
    }

    private static ComplaintRoute stateLaw(PlanType t, FundingType funding, String st) {
        ComplaintKind k = ComplaintKind.STATE_LAW;
        boolean insured =
                switch (t) {
                    case ERISA_INSURED, INDIVIDUAL -> true;
                    case GOVERNMENT_NONFEDERAL -> funding == FundingType.FULLY_INSURED;
                    default -> false;
                };
        if (t == PlanType.ERISA_SELF_FUNDED
                || (t == PlanType.GOVERNMENT_NONFEDERAL && funding == FundingType.SELF_FUNDED)) {
            return ComplaintRoute.refused(k, NOTES.text("refused.stateLaw.selfFunded"));
        }
        if (t == PlanType.GOVERNMENT_NONFEDERAL && !insured) {
            return ComplaintRoute.refused(k, NOTES.text("refused.stateLaw.fundingUnknown"));
        }
        if (!insured && t != PlanType.MEDICAID_MCO) {
            return ComplaintRoute.refused(k, NOTES.text("refused.stateLaw.federal"));
        }
        if (st.isEmpty()) {
            return ComplaintRoute.refused(k, NOTES.text("refused.state"));
        }
        List<String> notes = new ArrayList<>();
        List<Regulator> who = new ArrayList<>();
        if (t == PlanType.MEDICAID_MCO) {
            who.add(Regulator.STATE_MEDICAID);
            notes.add(NOTES.text("note.medicaid"));
        } else {
            addState(who, notes, st, false);
        }
        return ComplaintRoute.to(k, who, notes);
    }

    private static ComplaintRoute employer(PlanType t, Optional<Boolean> sponsored) {
        ComplaintKind k = ComplaintKind.EMPLOYER;
        // ERISA and non-federal governmental plans are employers' plans by definition; a Medicare
        // Advantage plan may be an employer's group plan for its retirees, when the case says so.
        boolean employerPlan =
                t.isErisa()
                        || t == PlanType.GOVERNMENT_NONFEDERAL
                        || (t == PlanType.MEDICARE_ADVANTAGE && sponsored.orElse(false));
        if (!employerPlan) {
            return ComplaintRoute.refused(
                    k,
                    NOTES.text(
                            t == PlanType.MEDICARE_ADVANTAGE
                                    ? "refused.employer.medicareAdvantage"
                                    : "refused.employer"));
        }
        return ComplaintRoute.to(k, List.of(Regulator.PLAN_SPONSOR), List.of());
    }

    /** The state's insurance regulator; in California, the two offices that share the role. */
    private static void addState(List<Regulator> who, List<String> notes, String st, boolean also) {
        if (st.isEmpty()) {
            notes.add(NOTES.text("note.stateUnknown"));
            return;
        }
        if ("CA".equals(st)) {
            who.add(Regulator.CA_DMHC);
            who.add(Regulator.CA_CDI);
            notes.add(NOTES.text("note.california"));
        } else {
            who.add(Regulator.STATE_INSURANCE);
        }
        if (also) {
            notes.add(NOTES.text("note.insuredAlso"));
        }
    }
}

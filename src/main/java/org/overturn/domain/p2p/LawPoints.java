package org.overturn.domain.p2p;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.p2p.PrepSheet.Point;
import org.overturn.domain.parity.Applicability;
import org.overturn.domain.parity.CriteriaVerdict;
import org.overturn.domain.parity.Finding;
import org.overturn.domain.parity.ParityAssessment;
import org.overturn.domain.parity.ParityAssessor;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.parity.StateCriteriaResult;
import org.overturn.domain.wording.Wording;

/**
 * The parity and state-law points that apply to a case, each tied to a library entry that reaches
 * the plan type on the day. A point whose only support is an unverified or inapplicable entry is
 * left out (cite or abstain).
 */
public final class LawPoints {

    private static final Wording WORDS = Wording.of("p2p");

    private final CitationLibrary library;
    private final StateCriteriaLookup stateLookup;

    public LawPoints(CitationLibrary library, StateCriteriaLookup stateLookup) {
        this.library = library;
        this.stateLookup = stateLookup;
    }

    public List<Point> points(CaseFile c, LocalDate on) {
        List<Point> out = new ArrayList<>();
        Optional<PlanType> plan = c.plan().planType();
        if (plan.isEmpty()) {
            return out;
        }
        Optional<Denial> denial = c.currentDenial();
        ParityAssessment parity =
                ParityAssessor.assess(plan, c.parity(), denial, c.statements(), on);
        if (parity.applicability() == Applicability.APPLIES
                || parity.applicability() == Applicability.APPLIES_MEDICAID) {
            add(
                    out,
                    WORDS.text("law.parity"),
                    parity.applicability().label() + ".",
                    citable(parity.reasons(), plan.get(), on));
            parity.nqtls()
                    .forEach(
                            n ->
                                    add(
                                            out,
                                            WORDS.text("law.parity"),
                                            n.nqtl().label() + ": " + n.why(),
                                            firstCitable(n.citationIds(), plan.get(), on)));
        }
        LevelOfCare level = c.levelOfCare().orElse(LevelOfCare.OTHER);
        StateCriteriaResult state =
                stateLookup.lookup(
                        c.plan().issuedState(),
                        plan.get(),
                        c.parity().funding(),
                        StateCriteriaLookup.focus(level, c.clinical().diagnoses()),
                        on);
        List<CriteriaVerdict> verdicts =
                denial.map(d -> StateCriteriaLookup.check(state, d.criteriaSet()))
                        .orElse(List.of());
        for (CriteriaVerdict v : verdicts) {
            add(
                    out,
                    WORDS.fill("law.state", "state", state.state()),
                    v.message(),
                    firstCitable(List.of(v.citationId()), plan.get(), on));
        }
        return out;
    }

    private Optional<String> citable(List<Finding> findings, PlanType plan, LocalDate on) {
        for (Finding f : findings) {
            Optional<String> id = firstCitable(f.citationIds(), plan, on);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /**
     * The first id whose entry, or its PHS Act sibling, reaches the plan on the day and may be
     * printed.
     */
    private Optional<String> firstCitable(List<String> ids, PlanType plan, LocalDate on) {
        return ids.stream()
                .map(id -> library.forPlan(id, plan, on))
                .flatMap(Optional::stream)
                .filter(Citation::citableByDefault)
                .map(Citation::id)
                .findFirst();
    }

    private static void add(
            List<Point> out, String label, String text, Optional<String> citationId) {
        if (citationId.isPresent()) {
            out.add(new Point(label, text, citationId));
        }
    }
}

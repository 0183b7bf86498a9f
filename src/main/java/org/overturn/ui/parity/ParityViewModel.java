package org.overturn.ui.parity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.UsStates;
import org.overturn.domain.parity.Applicability;
import org.overturn.domain.parity.CriteriaVerdict;
import org.overturn.domain.parity.FundingType;
import org.overturn.domain.parity.ParityAssessment;
import org.overturn.domain.parity.ParityAssessor;
import org.overturn.domain.parity.ParityFacts;
import org.overturn.domain.parity.ParityInference;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.parity.StateCriteriaResult;
import org.overturn.domain.parity.StateCriteriaRule;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;
import org.overturn.ui.common.TriState;
import org.overturn.ui.opencase.FormSync;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Parity section: the plan facts parity turns on (kept as typed; a bad value keeps the last
 * good one), and what follows from them: whether parity reaches the plan, the limits at issue, the
 * comparator, the documents to request and the state law on criteria.
 */
public final class ParityViewModel {

    public static final int MAX_APPEAL_LEVELS = 5;

    private final WorkspaceViewModel workspace;
    private final ReferenceData reference;
    private final FormSync sync = new FormSync();

    public final ObjectProperty<FundingType> funding =
            new SimpleObjectProperty<>(FundingType.UNKNOWN);
    public final StringProperty employerSize = new SimpleStringProperty("");
    public final ObjectProperty<TriState> churchPlan = new SimpleObjectProperty<>(TriState.UNKNOWN);
    public final ObjectProperty<TriState> retireeOnly =
            new SimpleObjectProperty<>(TriState.UNKNOWN);
    public final ObjectProperty<TriState> grandfathered =
            new SimpleObjectProperty<>(TriState.UNKNOWN);
    public final StringProperty appealLevels = new SimpleStringProperty("");
    public final StringProperty planYearStart = new SimpleStringProperty("");

    public ParityViewModel(WorkspaceViewModel workspace, ReferenceData reference) {
        this.workspace = workspace;
        this.reference = reference;
        load(workspace.caseFile());
        for (ObservableValue<?> p :
                new ObservableValue<?>[] {
                    funding,
                    employerSize,
                    churchPlan,
                    retireeOnly,
                    grandfathered,
                    appealLevels,
                    planYearStart
                }) {
            p.addListener((o, a, b) -> commit());
        }
        workspace
                .caseFileProperty()
                .addListener(
                        (o, a, c) -> {
                            if (!sync.committing()) {
                                load(c);
                            }
                        });
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public ReferenceData reference() {
        return reference;
    }

    void load(CaseFile c) {
        sync.load(
                () -> {
                    ParityFacts f = c.parity();
                    funding.set(f.funding());
                    if (!Numbers.wholeNumber(employerSize.get()).value().equals(f.employerSize())) {
                        employerSize.set(Numbers.show(f.employerSize()));
                    }
                    churchPlan.set(TriState.of(f.churchPlan()));
                    retireeOnly.set(TriState.of(f.retireeOnly()));
                    grandfathered.set(TriState.of(f.grandfathered()));
                    if (!Numbers.wholeNumber(appealLevels.get()).value().equals(f.appealLevels())) {
                        appealLevels.set(Numbers.show(f.appealLevels()));
                    }
                    if (!Dates.parse(planYearStart.get()).value().equals(f.planYearStart())) {
                        planYearStart.set(Dates.show(f.planYearStart()));
                    }
                });
    }

    // ---- field rules
    // ----------------------------------------------------------------------------------------

    public static Optional<String> checkEmployerSize(String text) {
        return Numbers.wholeNumber(text).error();
    }

    public static Optional<String> checkAppealLevels(String text) {
        return Numbers.wholeNumber(text)
                .check(
                        n ->
                                n > MAX_APPEAL_LEVELS
                                        ? Optional.of(
                                                Messages.format(
                                                        "parity.validation.appealLevels",
                                                        n,
                                                        MAX_APPEAL_LEVELS))
                                        : Optional.empty())
                .error();
    }

    public static Optional<String> checkPlanYearStart(String text) {
        return Dates.parse(text).error();
    }

    void commit() {
        if (sync.loading()) {
            return;
        }
        sync.commit(
                () -> {
                    workspace.edit(c -> c.withParity(facts(c.parity())));
                });
    }

    private ParityFacts facts(ParityFacts was) {
        return new ParityFacts(
                funding.get() == null ? FundingType.UNKNOWN : funding.get(),
                checkEmployerSize(employerSize.get()).isEmpty()
                        ? Numbers.wholeNumber(employerSize.get()).value()
                        : was.employerSize(),
                TriState.toOptional(churchPlan.get()),
                TriState.toOptional(retireeOnly.get()),
                TriState.toOptional(grandfathered.get()),
                checkAppealLevels(appealLevels.get()).isEmpty()
                        ? Numbers.wholeNumber(appealLevels.get()).value()
                        : was.appealLevels(),
                checkPlanYearStart(planYearStart.get()).isEmpty()
                        ? Dates.parse(planYearStart.get()).value()
                        : was.planYearStart());
    }

    // ---- what follows from the facts
    // ------------------------------------------------------------------------

    /**
     * The day the rules are read for: the denial's date (the law in force when it was made), else
     * today.
     */
    public LocalDate on() {
        return workspace
                .caseFile()
                .currentDenial()
                .flatMap(Denial::effectiveDate)
                .orElse(LocalDate.now(workspace.clock()));
    }

    public ParityAssessment assessment() {
        CaseFile c = workspace.caseFile();
        return ParityAssessor.assess(
                c.plan().planType(), c.parity(), c.currentDenial(), c.statements(), on());
    }

    /** State law on the criteria; empty when the case has no plan type or no denial yet. */
    public Optional<StateCriteriaResult> stateLaw() {
        CaseFile c = workspace.caseFile();
        if (c.plan().planType().isEmpty() || c.currentDenial().isEmpty()) {
            return Optional.empty();
        }
        LevelOfCare level = c.currentDenial().get().levelOfCare();
        return Optional.of(
                reference
                        .stateRules()
                        .lookup(
                                c.plan().issuedState(),
                                c.plan().planType().get(),
                                c.parity().funding(),
                                StateCriteriaLookup.focus(level, c.clinical().diagnoses()),
                                on()));
    }

    public CriteriaSet criteriaUsed() {
        return workspace
                .caseFile()
                .currentDenial()
                .map(Denial::criteriaSet)
                .orElse(CriteriaSet.UNKNOWN);
    }

    public List<CriteriaVerdict> verdicts(StateCriteriaResult r) {
        return StateCriteriaLookup.check(r, criteriaUsed());
    }

    public boolean wrongCriteriaApplied() {
        return stateLaw()
                .map(r -> StateCriteriaLookup.wrongCriteriaApplied(verdicts(r)))
                .orElse(false);
    }

    // ---- what the screen says
    // ------------------------------------------------------------------------------

    /** "Plan type: … · issued in: CA · California", each part "not set" until it is. */
    public String planSummary() {
        CaseFile c = workspace.caseFile();
        String type = c.plan().planType().map(Messages::label).orElse(Messages.get("field.notSet"));
        String state =
                c.plan().issuedState().isEmpty()
                        ? Messages.get("field.notSet")
                        : c.plan().issuedState()
                                + " · "
                                + UsStates.name(c.plan().issuedState()).orElse("");
        return Messages.format("parity.planSummary", type, state);
    }

    /**
     * Asked once: the facts the plan type already says, shown as filled in, with where they came
     * from.
     */
    public List<ParityInference.Inferred> inferred() {
        CaseFile c = workspace.caseFile();
        return ParityInference.from(c.plan().planType(), c.plan().employerSponsored(), c.parity());
    }

    /** The note under the form naming what was filled in; empty when nothing was. */
    public static String inferredNote(List<ParityInference.Inferred> inferred) {
        return inferred.isEmpty()
                ? ""
                : Messages.format(
                        "parity.inferred",
                        inferred.get(0).from(),
                        inferred.stream()
                                .map(i -> i.fact() + ": " + i.value())
                                .collect(Collectors.joining("; ")));
    }

    /**
     * What a choice reads while it is not set: "Self-funded (plan type)"; empty if not inferred.
     */
    public static Optional<String> inferredChoice(
            List<ParityInference.Inferred> inferred, String fact) {
        return inferred.stream()
                .filter(i -> i.fact().equals(fact))
                .map(ParityInference.Inferred::value)
                .findFirst()
                .map(v -> Messages.format("parity.inferred.value", v));
    }

    /**
     * Whether the limits, comparator and documents are worth showing: parity may reach the plan.
     */
    public static boolean applies(ParityAssessment a) {
        return a.applicability() != Applicability.NOT_SUBJECT
                && a.applicability() != Applicability.NEEDS_FACTS;
    }

    /** Said when no limitation is at issue: none found, or no denial yet to find one in. */
    public String noLimitation() {
        return Messages.get(
                workspace.caseFile().currentDenial().isPresent()
                        ? "parity.nqtl.none"
                        : "parity.noDenial");
    }

    /** The classification of the denied care, or why there is none. */
    public String classification(ParityAssessment a) {
        return a.classification()
                .map(x -> Messages.format("parity.classification", Messages.label(x)))
                .orElse(
                        Messages.get(
                                workspace.caseFile().currentDenial().isPresent()
                                        ? "parity.classification.unknown"
                                        : "parity.noDenial"));
    }

    /** The line above the state rules: how many reach the plan, or why none are shown. */
    public String stateSummary(Optional<StateCriteriaResult> result) {
        if (result.isEmpty()) {
            return Messages.get(
                    workspace.caseFile().plan().planType().isEmpty()
                            ? "parity.state.needPlanType"
                            : "parity.noDenial");
        }
        StateCriteriaResult r = result.get();
        return r.rules().isEmpty()
                ? Messages.get("parity.state.noneReach")
                : Messages.format(
                        "parity.state.reach",
                        r.rules().size(),
                        r.state(),
                        Messages.label(criteriaUsed()));
    }

    /** The verdict on one rule, if the criteria used could be checked against it. */
    public static Optional<CriteriaVerdict> verdictFor(
            List<CriteriaVerdict> verdicts, StateCriteriaRule rule) {
        return verdicts.stream().filter(x -> x.ruleId().equals(rule.id())).findFirst();
    }
}

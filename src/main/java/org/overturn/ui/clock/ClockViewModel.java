package org.overturn.ui.clock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.CaseClock;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.ClockSummary;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineId;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.DeadlineSchedule;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.PeerToPeerWindow;
import org.overturn.domain.deadlines.Urgency;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;
import org.overturn.ui.common.ParseResult;
import org.overturn.ui.opencase.FormSync;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The case clock: the deadlines computed from the plan type, the current denial and the dates
 * entered here, read against the status and the time now. The date fields keep what was typed; a
 * valid value updates the deadlines at once, and a refused one keeps the last good value (ADR
 * 0004).
 */
public final class ClockViewModel {

    /** Why there is no clock, or that there is one. */
    public enum State {
        NEEDS_PLAN_TYPE,
        NEEDS_DENIAL_DATE,
        DATES_DISAGREE,
        NOT_COMPUTED,
        COMPUTED
    }

    /** What the clock card shows; {@code problem} says why nothing is computed, when that is so. */
    public record View(
            State state,
            Optional<ClockSummary> summary,
            List<String> cautions,
            List<String> notes,
            String problem) {
        public Optional<Deadline> next() {
            return summary.flatMap(ClockSummary::next);
        }

        public List<Deadline> open() {
            return summary.map(ClockSummary::open).orElse(List.of());
        }

        /** Why there is no clock, or at a status with nothing open, that nothing is; else none. */
        public String stateMessage() {
            return switch (state) {
                case NEEDS_PLAN_TYPE -> Messages.get("clock.needsPlanType");
                case NEEDS_DENIAL_DATE -> Messages.get("clock.needsDenialDate");
                case DATES_DISAGREE -> Messages.format("clock.datesDisagree", problem);
                case NOT_COMPUTED -> problem;
                case COMPUTED -> open().isEmpty() ? Messages.get("clock.noneOpen") : "";
            };
        }
    }

    /**
     * One deadline as the card lists it: in the order the deadlines bite, each with what missing it
     * means, or for one already passed, what can still be done.
     */
    public record Row(Deadline deadline, boolean passed, String consequence) {

        /** Who acts by the date; the last covered day is when coverage ends, not anyone's act. */
        public String party() {
            if (deadline.id() == DeadlineId.LAST_COVERED_DAY) {
                return Messages.get("clock.party.coverage");
            }
            return switch (deadline.owner()) {
                case YOU -> Messages.get("clock.party.you");
                case PLAN -> Messages.get("clock.party.plan");
                case REVIEWER -> Messages.get("clock.party.reviewer");
            };
        }

        /** What missing it means, or once passed, what can still be done. */
        public String consequenceLine() {
            return Messages.format(passed ? "clock.row.passed" : "clock.row.ifMissed", consequence);
        }

        /**
         * The law the date comes from; without a citation, the plan's approval (the last covered
         * day) or the plan's own rule.
         */
        public String basis(CitationTitles citations) {
            return Messages.format(
                    "clock.basis",
                    deadline.citationId()
                            .map(citations::describe)
                            .orElse(
                                    Messages.get(
                                            deadline.id() == DeadlineId.LAST_COVERED_DAY
                                                    ? "clock.basis.approval"
                                                    : "clock.basis.planOwn")));
        }

        /** How firm the date is; empty for an exact date. */
        public String guarantee() {
            String why = deadline.guarantee().explanation();
            return switch (deadline.guarantee()) {
                case EXACT -> "";
                case MINIMUM -> Messages.format("clock.guarantee.minimum", why);
                case UPPER_LIMIT -> Messages.format("clock.guarantee.upperLimit", why);
                case TYPICAL -> Messages.format("clock.guarantee.typical", why);
            };
        }
    }

    private final WorkspaceViewModel workspace;
    private final DeadlineCalculator calculator;
    private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>();
    private final FormSync sync = new FormSync();

    public final StringProperty appealFiled = new SimpleStringProperty("");
    public final StringProperty appealFiledTime = new SimpleStringProperty("");
    public final StringProperty finalDenial = new SimpleStringProperty("");
    public final StringProperty externalReviewFiled = new SimpleStringProperty("");
    public final StringProperty externalReviewFiledTime = new SimpleStringProperty("");
    public final StringProperty actionEffective = new SimpleStringProperty("");
    public final StringProperty lastCoveredDay = new SimpleStringProperty("");
    public final StringProperty p2pAmount = new SimpleStringProperty("");
    public final ObjectProperty<PeerToPeerWindow.Unit> p2pUnit =
            new SimpleObjectProperty<>(PeerToPeerWindow.Unit.DAYS);
    public final ObjectProperty<DecisionLevel> finalDenialLevel =
            new SimpleObjectProperty<>(DecisionLevel.INTERNAL);
    public final StringProperty extensionRequested = new SimpleStringProperty("");
    public final StringProperty extensionRequestedTime = new SimpleStringProperty("");
    public final BooleanProperty decisionExtended = new SimpleBooleanProperty(false);
    public final StringProperty stateHearingDays = new SimpleStringProperty("");
    public final StringProperty suitBy = new SimpleStringProperty("");

    // Which of the plan-specific dates apply to the case's plan type (the others are hidden).
    private final ReadOnlyBooleanWrapper asksExtensionRequest = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper asksDecisionExtended = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper asksStateHearingDays = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper asksSuitBy = new ReadOnlyBooleanWrapper();

    public ClockViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        this.calculator = new DeadlineCalculator(workspace.clock().getZone());
        load(workspace.caseFile());
        refresh(workspace.caseFile());
        for (ObservableValue<?> p :
                new ObservableValue<?>[] {
                    appealFiled,
                    appealFiledTime,
                    finalDenial,
                    externalReviewFiled,
                    externalReviewFiledTime,
                    actionEffective,
                    lastCoveredDay,
                    p2pAmount,
                    p2pUnit,
                    finalDenialLevel,
                    extensionRequested,
                    extensionRequestedTime,
                    decisionExtended,
                    stateHearingDays,
                    suitBy
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
                            refresh(c);
                        });
    }

    public ReadOnlyObjectProperty<View> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public View view() {
        return view.get();
    }

    /**
     * Employer and ACA plans: when a request to extend urgent concurrent care was made (the 24-hour
     * rule).
     */
    public ReadOnlyBooleanProperty asksExtensionRequestProperty() {
        return asksExtensionRequest.getReadOnlyProperty();
    }

    /** Medicare Advantage and Medicaid managed care: whether the plan took its 14-day extension. */
    public ReadOnlyBooleanProperty asksDecisionExtendedProperty() {
        return asksDecisionExtended.getReadOnlyProperty();
    }

    /** Medicaid: the State's own fair hearing window, as the notice states it. */
    public ReadOnlyBooleanProperty asksStateHearingDaysProperty() {
        return asksStateHearingDays.getReadOnlyProperty();
    }

    /** Employer and ACA plans: the last day to sue under the plan documents. */
    public ReadOnlyBooleanProperty asksSuitByProperty() {
        return asksSuitBy.getReadOnlyProperty();
    }

    /** The open deadlines in the order they bite, each with its consequence. */
    public List<Row> rows() {
        View v = view();
        Optional<PlanType> plan = workspace.caseFile().plan().planType();
        if (plan.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = now();
        return CaseClock.byWhenTheyBite(v.open(), now).stream()
                .map(d -> new Row(d, CaseClock.overdue(d, now), CaseClock.ifMissed(d, plan.get())))
                .toList();
    }

    /** Reads the clock again against the time now (the card calls it each minute). */
    public void refresh() {
        refresh(workspace.caseFile());
    }

    LocalDateTime now() {
        return LocalDateTime.now(workspace.clock());
    }

    private LocalDate today() {
        return now().toLocalDate();
    }

    private void refresh(CaseFile c) {
        Optional<PlanType> plan = c.plan().planType();
        boolean groupOrIndividual =
                plan.filter(
                                p ->
                                        p == PlanType.ERISA_SELF_FUNDED
                                                || p == PlanType.ERISA_INSURED
                                                || p == PlanType.INDIVIDUAL
                                                || p == PlanType.GOVERNMENT_NONFEDERAL)
                        .isPresent();
        asksExtensionRequest.set(groupOrIndividual);
        asksSuitBy.set(groupOrIndividual);
        asksDecisionExtended.set(
                plan.filter(p -> p == PlanType.MEDICARE_ADVANTAGE || p == PlanType.MEDICAID_MCO)
                        .isPresent());
        asksStateHearingDays.set(
                plan.filter(p -> p == PlanType.MEDICAID_MCO || p == PlanType.MEDICAID_FFS)
                        .isPresent());
        view.set(compute(c));
    }

    private View compute(CaseFile c) {
        if (c.plan().planType().isEmpty()) {
            return new View(State.NEEDS_PLAN_TYPE, Optional.empty(), List.of(), List.of(), "");
        }
        Optional<DeadlineInput> in;
        try {
            in = c.deadlineInput();
        } catch (IllegalArgumentException e) {
            return new View(
                    State.DATES_DISAGREE, Optional.empty(), List.of(), List.of(), e.getMessage());
        }
        if (in.isEmpty()) {
            return new View(State.NEEDS_DENIAL_DATE, Optional.empty(), List.of(), List.of(), "");
        }
        PlanType plan = c.plan().planType().get();
        DeadlineSchedule s = calculator.calculate(in.get());
        ClockSummary summary = CaseClock.summarize(s, plan, c.status(), in.get().facts(), now());
        List<String> cautions = new ArrayList<>();
        // The peer-to-peer warning always shows: a call pauses no deadline, whatever is open.
        cautions.add(CaseClock.P2P_WARNING);
        String reason = s.notComputedReason().orElse("");
        for (String w : summary.warnings()) {
            if (!cautions.contains(w) && !w.equals(reason)) {
                cautions.add(w);
            }
        }
        // The schedule's notes: dates still to enter, and cautions on single rules. Its own
        // peer-to-peer line says
        // what the warning above already says.
        List<String> notes =
                s.notes().stream()
                        .filter(
                                n ->
                                        !cautions.contains(n)
                                                && !n.toLowerCase(Locale.ROOT)
                                                        .contains("peer-to-peer call"))
                        .toList();
        // Plan type "other": no rule is computed, and the card says why (only the plan's own window
        // can show).
        return new View(
                reason.isEmpty() ? State.COMPUTED : State.NOT_COMPUTED,
                Optional.of(summary),
                cautions,
                notes,
                reason);
    }

    /** How pressing one deadline is now, and how long is left. */
    public String timeLeft(Deadline d) {
        return CaseClock.timeLeft(d, now());
    }

    public Urgency urgency(Deadline d) {
        return CaseClock.urgency(d, now());
    }

    // ---- fields
    // ------------------------------------------------------------------------------------------

    void load(CaseFile c) {
        sync.load(
                () -> {
                    ClockFacts f = c.clock();
                    setDate(appealFiled, f.appealFiled());
                    setTime(appealFiledTime, f.appealFiledTime());
                    setDate(finalDenial, f.finalDenial());
                    setDate(externalReviewFiled, f.externalReviewFiled());
                    setTime(externalReviewFiledTime, f.externalReviewFiledTime());
                    setDate(actionEffective, f.actionEffective());
                    setDate(lastCoveredDay, f.lastCoveredDay());
                    if (!Numbers.wholeNumber(p2pAmount.get())
                            .value()
                            .equals(f.p2pWindow().map(PeerToPeerWindow::amount))) {
                        p2pAmount.set(
                                f.p2pWindow().map(w -> String.valueOf(w.amount())).orElse(""));
                    }
                    f.p2pWindow().ifPresent(w -> p2pUnit.set(w.unit()));
                    finalDenialLevel.set(f.finalDenialLevel());
                    Optional<LocalDate> extDay =
                            f.extensionRequestedAt().map(LocalDateTime::toLocalDate);
                    Optional<LocalTime> extTime =
                            f.extensionRequestedAt().map(LocalDateTime::toLocalTime);
                    if (!Dates.parse(extensionRequested.get()).value().equals(extDay)
                            || !Dates.parseTime(extensionRequestedTime.get())
                                    .value()
                                    .equals(extTime)) {
                        extensionRequested.set(Dates.show(extDay));
                        extensionRequestedTime.set(
                                extTime.map(Dates.TIME_DISPLAY::format).orElse(""));
                    }
                    decisionExtended.set(f.decisionExtended());
                    if (!Numbers.wholeNumber(stateHearingDays.get())
                            .value()
                            .equals(f.stateHearingDays())) {
                        stateHearingDays.set(f.stateHearingDays().map(String::valueOf).orElse(""));
                    }
                    setDate(suitBy, f.suitBy());
                });
    }

    private static void setDate(StringProperty field, Optional<LocalDate> value) {
        if (!Dates.parse(field.get()).value().equals(value)) {
            field.set(Dates.show(value));
        }
    }

    private static void setTime(StringProperty field, Optional<LocalTime> value) {
        if (!Dates.parseTime(field.get()).value().equals(value)) {
            field.set(value.map(Dates.TIME_DISPLAY::format).orElse(""));
        }
    }

    // ---- the rules each field is checked by
    // ------------------------------------------------------------------

    /** A step already taken: a real date, not in the future, not before the denial. */
    private Optional<String> checkStepDate(String text) {
        return Dates.parse(text)
                .check(
                        d -> {
                            if (d.isAfter(today())) {
                                return Optional.of(
                                        Messages.format("clock.validation.future", Dates.show(d)));
                            }
                            Optional<LocalDate> start = ClockDates.clockStart(workspace.caseFile());
                            if (start.isPresent() && d.isBefore(start.get())) {
                                return Optional.of(
                                        Messages.format(
                                                "clock.validation.beforeDenial",
                                                Dates.show(start.get())));
                            }
                            return Optional.empty();
                        })
                .error();
    }

    public Optional<String> checkAppealFiled(String text) {
        return checkStepDate(text);
    }

    public Optional<String> checkFinalDenial(String text) {
        Optional<String> step = checkStepDate(text);
        if (step.isPresent()) {
            return step;
        }
        Optional<LocalDate> d = Dates.parse(text).value();
        Optional<LocalDate> filed = Dates.parse(appealFiled.get()).value();
        if (d.isPresent() && filed.isPresent() && d.get().isBefore(filed.get())) {
            return Optional.of(
                    Messages.format("clock.validation.finalBeforeAppeal", Dates.show(filed.get())));
        }
        return Optional.empty();
    }

    public Optional<String> checkExternalReviewFiled(String text) {
        return checkStepDate(text);
    }

    public Optional<String> checkAppealFiledTime(String text) {
        return checkTime(text, appealFiled.get());
    }

    public Optional<String> checkExternalReviewFiledTime(String text) {
        return checkTime(text, externalReviewFiled.get());
    }

    private static Optional<String> checkTime(String text, String dateText) {
        ParseResult<LocalTime> t = Dates.parseTime(text);
        if (t.ok() && t.value().isPresent() && Dates.parse(dateText).value().isEmpty()) {
            return Optional.of(Messages.get("validation.timeNeedsDate"));
        }
        return t.error();
    }

    /** When the request to extend care was made: a real date, not in the future. */
    public Optional<String> checkExtensionRequested(String text) {
        return Dates.parse(text)
                .check(
                        d ->
                                d.isAfter(today())
                                        ? Optional.of(
                                                Messages.format(
                                                        "clock.validation.future", Dates.show(d)))
                                        : Optional.empty())
                .error();
    }

    /** The plan's 24 hours run from the request's hour, so a date needs its time. */
    public Optional<String> checkExtensionRequestedTime(String text) {
        Optional<String> t = checkTime(text, extensionRequested.get());
        if (t.isPresent()) {
            return t;
        }
        if (Dates.parse(extensionRequested.get()).value().isPresent()
                && Dates.parseTime(text).value().isEmpty()) {
            return Optional.of(Messages.get("clock.validation.extensionNeedsTime"));
        }
        return Optional.empty();
    }

    /** The State's hearing window: fee-for-service at most 90 days, managed care 90 to 120 days. */
    public Optional<String> checkStateHearingDays(String text) {
        ParseResult<Integer> n = Numbers.wholeNumber(text);
        if (!n.ok() || n.value().isEmpty()) {
            return n.error();
        }
        boolean ffs =
                workspace
                        .caseFile()
                        .plan()
                        .planType()
                        .filter(p -> p == PlanType.MEDICAID_FFS)
                        .isPresent();
        boolean mco =
                workspace
                        .caseFile()
                        .plan()
                        .planType()
                        .filter(p -> p == PlanType.MEDICAID_MCO)
                        .isPresent();
        int min = mco ? 90 : 1;
        int max = ffs ? 90 : 120;
        int days = n.value().get();
        return days < min || days > max
                ? Optional.of(Messages.format("clock.validation.stateHearingDays", min, max))
                : Optional.empty();
    }

    public static Optional<String> checkPlainDate(String text) {
        return Dates.parse(text).error();
    }

    public Optional<String> checkP2pAmount(String text) {
        ParseResult<Integer> n = Numbers.wholeNumber(text);
        if (!n.ok() || n.value().isEmpty()) {
            return n.error();
        }
        PeerToPeerWindow.Unit unit =
                p2pUnit.get() == null ? PeerToPeerWindow.Unit.DAYS : p2pUnit.get();
        int max = unit == PeerToPeerWindow.Unit.HOURS ? 24 * 60 : 365;
        if (n.value().get() < 1 || n.value().get() > max) {
            return Optional.of(
                    Messages.format(
                            unit == PeerToPeerWindow.Unit.HOURS
                                    ? "clock.validation.p2pHours"
                                    : "clock.validation.p2pDays",
                            max));
        }
        return Optional.empty();
    }

    // ---- commit
    // --------------------------------------------------------------------------------------------

    void commit() {
        if (sync.loading()) {
            return;
        }
        sync.commit(
                () -> {
                    workspace.edit(c -> c.withClock(build(c.clock())));
                });
    }

    private ClockFacts build(ClockFacts f) {
        Optional<LocalDate> filed =
                pick(appealFiled, checkAppealFiled(appealFiled.get()), f.appealFiled());
        Optional<LocalTime> filedTime =
                checkAppealFiledTime(appealFiledTime.get()).isEmpty()
                        ? Dates.parseTime(appealFiledTime.get()).value()
                        : f.appealFiledTime();
        Optional<LocalDate> fin =
                pick(finalDenial, checkFinalDenial(finalDenial.get()), f.finalDenial());
        Optional<LocalDate> ext =
                pick(
                        externalReviewFiled,
                        checkExternalReviewFiled(externalReviewFiled.get()),
                        f.externalReviewFiled());
        Optional<LocalTime> extTime =
                checkExternalReviewFiledTime(externalReviewFiledTime.get()).isEmpty()
                        ? Dates.parseTime(externalReviewFiledTime.get()).value()
                        : f.externalReviewFiledTime();
        Optional<LocalDate> action =
                pick(actionEffective, checkPlainDate(actionEffective.get()), f.actionEffective());
        Optional<LocalDate> lastDay =
                pick(lastCoveredDay, checkPlainDate(lastCoveredDay.get()), f.lastCoveredDay());
        Optional<PeerToPeerWindow> window = f.p2pWindow();
        if (checkP2pAmount(p2pAmount.get()).isEmpty()) {
            window =
                    Numbers.wholeNumber(p2pAmount.get())
                            .value()
                            .map(
                                    n ->
                                            new PeerToPeerWindow(
                                                    n,
                                                    p2pUnit.get() == null
                                                            ? PeerToPeerWindow.Unit.DAYS
                                                            : p2pUnit.get()));
        }
        Optional<LocalDateTime> extensionAt = f.extensionRequestedAt();
        if (checkExtensionRequested(extensionRequested.get()).isEmpty()
                && checkExtensionRequestedTime(extensionRequestedTime.get()).isEmpty()) {
            Optional<LocalDate> day = Dates.parse(extensionRequested.get()).value();
            extensionAt =
                    day.map(
                            d ->
                                    d.atTime(
                                            Dates.parseTime(extensionRequestedTime.get())
                                                    .value()
                                                    .orElseThrow()));
        }
        Optional<Integer> hearingDays =
                checkStateHearingDays(stateHearingDays.get()).isEmpty()
                        ? Numbers.wholeNumber(stateHearingDays.get()).value()
                        : f.stateHearingDays();
        Optional<LocalDate> suit = pick(suitBy, checkPlainDate(suitBy.get()), f.suitBy());
        try {
            return new ClockFacts(
                    filed,
                    filed.isPresent() ? filedTime : Optional.empty(),
                    fin,
                    ext,
                    ext.isPresent() ? extTime : Optional.empty(),
                    action,
                    lastDay,
                    window,
                    finalDenialLevel.get() == null
                            ? DecisionLevel.INTERNAL
                            : finalDenialLevel.get(),
                    extensionAt,
                    decisionExtended.get(),
                    hearingDays,
                    suit);
        } catch (IllegalArgumentException e) {
            // Two fields that disagree (their messages show at the fields): keep the last good
            // dates.
            return f;
        }
    }

    private static Optional<LocalDate> pick(
            StringProperty field, Optional<String> problem, Optional<LocalDate> last) {
        return problem.isEmpty() ? Dates.parse(field.get()).value() : last;
    }
}

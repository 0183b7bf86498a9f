package org.overturn.ui.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.CaseRules;
import org.overturn.domain.casefile.DenialAnalysis;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.ReceiptMethod;
import org.overturn.domain.cases.UnitKind;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;
import org.overturn.ui.common.ParseResult;
import org.overturn.ui.opencase.FormSync;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The form of the selected denial. Each change rebuilds the denial from the fields; a field with a
 * bad value keeps the denial's last good value until it is fixed, and its text stays as typed. A
 * rationale pasted or edited here is analysed while the case holds no analysis of it that the
 * clinician has touched, so the Rebuttal section already shows its statements and drafted rows.
 */
public final class DenialForm {

    private static final System.Logger LOG = System.getLogger(DenialForm.class.getName());

    private final WorkspaceViewModel workspace;
    private final DenialAnalysis analysis;
    private Optional<Denial> current = Optional.empty();
    private final FormSync sync = new FormSync();

    public final StringProperty noticeDate = new SimpleStringProperty("");
    public final StringProperty receivedDate = new SimpleStringProperty("");
    public final StringProperty receivedTime = new SimpleStringProperty("");
    public final ObjectProperty<ReceiptMethod> receivedBy = new SimpleObjectProperty<>();
    public final ObjectProperty<DenialType> denialType =
            new SimpleObjectProperty<>(DenialType.PRE_SERVICE);
    public final BooleanProperty urgent = new SimpleBooleanProperty();
    public final ObjectProperty<LevelOfCare> levelOfCare =
            new SimpleObjectProperty<>(LevelOfCare.IOP_MENTAL_HEALTH);
    public final Map<DenialReason, BooleanProperty> reasons = new EnumMap<>(DenialReason.class);
    public final Map<AdmissionSubReason, BooleanProperty> subReasons =
            new EnumMap<>(AdmissionSubReason.class);
    public final ObjectProperty<CriteriaSet> criteriaSet =
            new SimpleObjectProperty<>(CriteriaSet.UNKNOWN);
    public final StringProperty criteriaVersion = new SimpleStringProperty("");
    public final StringProperty reviewerName = new SimpleStringProperty("");
    public final StringProperty reviewerCredentials = new SimpleStringProperty("");
    public final StringProperty authorizationNumber = new SimpleStringProperty("");
    public final StringProperty claimNumber = new SimpleStringProperty("");
    public final StringProperty referenceNumber = new SimpleStringProperty("");
    public final ObjectProperty<UnitKind> unitKind = new SimpleObjectProperty<>(UnitKind.SESSIONS);
    public final StringProperty unitsRequested = new SimpleStringProperty("");
    public final StringProperty unitsDenied = new SimpleStringProperty("");
    public final StringProperty hoursPerWeek = new SimpleStringProperty("");
    public final StringProperty startDate = new SimpleStringProperty("");

    /** The last day requested; for a claim, the last date of service denied. */
    public final StringProperty endDate = new SimpleStringProperty("");

    public final StringProperty billedAmount = new SimpleStringProperty("");
    public final StringProperty rationale = new SimpleStringProperty("");

    public DenialForm(WorkspaceViewModel workspace, DenialAnalysis analysis) {
        this.workspace = workspace;
        this.analysis = analysis;
        for (DenialReason r : DenialReason.values()) {
            reasons.put(r, new SimpleBooleanProperty());
        }
        for (AdmissionSubReason r : AdmissionSubReason.values()) {
            subReasons.put(r, new SimpleBooleanProperty());
        }
        List<ObservableValue<?>> all =
                new ArrayList<>(
                        List.of(
                                noticeDate,
                                receivedDate,
                                receivedTime,
                                receivedBy,
                                denialType,
                                urgent,
                                levelOfCare,
                                criteriaSet,
                                criteriaVersion,
                                reviewerName,
                                reviewerCredentials,
                                authorizationNumber,
                                claimNumber,
                                referenceNumber,
                                unitKind,
                                unitsRequested,
                                unitsDenied,
                                hoursPerWeek,
                                startDate,
                                endDate,
                                billedAmount,
                                rationale));
        all.addAll(reasons.values());
        all.addAll(subReasons.values());
        all.forEach(p -> p.addListener((o, a, b) -> commit()));
        workspace
                .caseFileProperty()
                .addListener(
                        (o, a, c) -> {
                            if (!sync.committing()) {
                                current.flatMap(
                                                d ->
                                                        c.denials().stream()
                                                                .filter(x -> x.id().equals(d.id()))
                                                                .findFirst())
                                        .ifPresentOrElse(
                                                this::load, () -> current = Optional.empty());
                            }
                        });
    }

    public Optional<Denial> current() {
        return current;
    }

    public void load(Denial d) {
        sync.load(
                () -> {
                    current = Optional.of(d);
                    noticeDate.set(Dates.show(d.noticeDate()));
                    receivedDate.set(
                            d.receivedAt().map(r -> Dates.show(r.toLocalDate())).orElse(""));
                    receivedTime.set(
                            d.receivedAt().map(r -> Dates.TIME_DISPLAY.format(r)).orElse(""));
                    receivedBy.set(d.receivedBy().orElse(null));
                    denialType.set(d.denialType());
                    urgent.set(d.urgent());
                    levelOfCare.set(d.levelOfCare());
                    reasons.forEach((r, p) -> p.set(d.reasons().contains(r)));
                    subReasons.forEach((r, p) -> p.set(d.admissionSubReasons().contains(r)));
                    criteriaSet.set(d.criteriaSet());
                    criteriaVersion.set(d.criteriaVersion());
                    reviewerName.set(d.reviewerName());
                    reviewerCredentials.set(d.reviewerCredentials());
                    authorizationNumber.set(d.authorizationNumber());
                    claimNumber.set(d.claimNumber());
                    referenceNumber.set(d.referenceNumber());
                    unitKind.set(d.unitKind());
                    unitsRequested.set(Numbers.show(d.unitsRequested()));
                    unitsDenied.set(Numbers.show(d.unitsDenied()));
                    hoursPerWeek.set(Numbers.show(d.hoursPerWeekRequested()));
                    startDate.set(Dates.show(d.startDateRequested()));
                    endDate.set(Dates.show(d.endDateRequested()));
                    billedAmount.set(Numbers.show(d.billedAmount()));
                    rationale.set(d.rationale());
                });
    }

    // ---- field rules
    // ------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(workspace.clock());
    }

    /**
     * Why "urgent" cannot be kept: a claim for care already given is never urgent. The tick stays
     * on screen with this message, and the denial is saved as not urgent until the type or the tick
     * changes.
     */
    public Optional<String> urgentProblem() {
        return urgent.get() && denialType.get() == DenialType.POST_SERVICE
                ? Optional.of(Messages.get("denial.validation.urgentClaim"))
                : Optional.empty();
    }

    public Optional<String> checkNoticeDate(String t) {
        return Dates.parse(t).check(d -> CaseRules.checkNoticeDate(d, today())).error();
    }

    public Optional<String> checkReceivedDate(String t) {
        return Dates.parse(t)
                .check(
                        d ->
                                CaseRules.checkReceived(
                                                d.atStartOfDay(),
                                                LocalDateTime.now(workspace.clock()))
                                        .map(
                                                m ->
                                                        Messages.format(
                                                                "validation.receivedFuture",
                                                                Dates.show(d))))
                .error();
    }

    public Optional<String> checkReceivedTime(String t) {
        ParseResult<LocalTime> time = Dates.parseTime(t);
        if (time.ok()
                && time.value().isPresent()
                && Dates.parse(receivedDate.get()).value().isEmpty()) {
            return Optional.of(Messages.get("validation.timeNeedsDate"));
        }
        return time.error();
    }

    public static Optional<String> checkCount(String t) {
        return Numbers.wholeNumber(t).error();
    }

    public Optional<String> checkUnitsDenied(String t) {
        ParseResult<Integer> denied = Numbers.wholeNumber(t);
        if (!denied.ok()) {
            return denied.error();
        }
        Optional<Integer> requested = Numbers.wholeNumber(unitsRequested.get()).value();
        if (denied.value().isPresent()
                && requested.isPresent()
                && denied.value().get() > requested.get()) {
            return Optional.of(
                    Messages.format(
                            "validation.deniedOverRequested",
                            denied.value().get(),
                            requested.get()));
        }
        return Optional.empty();
    }

    public static Optional<String> checkHours(String t) {
        return Numbers.decimal(t)
                .check(
                        h ->
                                h.compareTo(BigDecimal.valueOf(168)) > 0
                                        ? Optional.of(Messages.get("validation.hours"))
                                        : Optional.empty())
                .error();
    }

    public static Optional<String> checkAmount(String t) {
        return Numbers.decimal(t).error();
    }

    /** The first date of care asked for: a date, at most a year ahead. */
    public Optional<String> checkStartDate(String t) {
        return Dates.parse(t).check(d -> CaseRules.checkServiceDate(d, today())).error();
    }

    /**
     * The last date: a date at most a year ahead, and not before the start date when both are
     * given.
     */
    public Optional<String> checkEndDate(String t) {
        Optional<String> bad =
                Dates.parse(t).check(d -> CaseRules.checkServiceDate(d, today())).error();
        if (bad.isPresent()) {
            return bad;
        }
        Optional<LocalDate> end = Dates.parse(t).value();
        Optional<LocalDate> start =
                checkStartDate(startDate.get()).isEmpty()
                        ? Dates.parse(startDate.get()).value()
                        : Optional.empty();
        return end.isPresent() && start.isPresent() && end.get().isBefore(start.get())
                ? Optional.of(Messages.get("denial.endDate.beforeStart"))
                : Optional.empty();
    }

    public static Optional<String> checkDate(String t) {
        return Dates.parse(t).error();
    }

    // ---- commit
    // -----------------------------------------------------------------------------------------

    private void commit() {
        if (sync.loading() || current.isEmpty()) {
            return;
        }
        Denial d = current.get();
        Denial updated = build(d);
        boolean rationaleChanged = !updated.rationale().equals(d.rationale());
        sync.commit(
                () -> {
                    current = Optional.of(updated);
                    workspace.edit(c -> c.withDenial(updated));
                });
        boolean isCurrent =
                workspace
                        .caseFile()
                        .currentDenial()
                        .map(Denial::id)
                        .filter(updated.id()::equals)
                        .isPresent();
        if (rationaleChanged && isCurrent) {
            analyseInBackground();
        }
    }

    /**
     * Analyses the rationale off the FX thread (the first run loads and warms the rules). A result
     * is applied only if the case has not changed while it ran; typing on makes it stale, and the
     * run for the latest text applies.
     */
    private void analyseInBackground() {
        CaseFile before = workspace.caseFile();
        LocalDate day = today();
        workspace
                .background()
                .run(
                        () -> analysis.analyseUnanalysed(before, day),
                        analysed -> {
                            if (analysed != before && workspace.caseFile() == before) {
                                workspace.edit(c -> analysed);
                            }
                        },
                        failed ->
                                LOG.log(
                                        System.Logger.Level.WARNING,
                                        "Denial analysis failed: "
                                                + failed.getClass().getSimpleName()));
    }

    private Denial build(Denial d) {
        Optional<LocalDate> notice =
                checkNoticeDate(noticeDate.get()).isEmpty()
                        ? Dates.parse(noticeDate.get()).value()
                        : d.noticeDate();
        Optional<LocalDateTime> received = d.receivedAt();
        if (checkReceivedDate(receivedDate.get()).isEmpty()
                && checkReceivedTime(receivedTime.get()).isEmpty()) {
            Optional<LocalDate> day = Dates.parse(receivedDate.get()).value();
            LocalTime time = Dates.parseTime(receivedTime.get()).value().orElse(LocalTime.MIDNIGHT);
            received = day.map(x -> x.atTime(time));
        }
        Optional<Integer> requested =
                checkCount(unitsRequested.get()).isEmpty()
                        ? Numbers.wholeNumber(unitsRequested.get()).value()
                        : d.unitsRequested();
        Optional<Integer> denied =
                checkUnitsDenied(unitsDenied.get()).isEmpty()
                        ? Numbers.wholeNumber(unitsDenied.get()).value()
                        : d.unitsDenied();
        if (requested.isPresent() && denied.isPresent() && denied.get() > requested.get()) {
            requested = d.unitsRequested();
            denied = d.unitsDenied();
        }
        List<DenialReason> rs =
                reasons.entrySet().stream()
                        .filter(e -> e.getValue().get())
                        .map(Map.Entry::getKey)
                        .toList();
        List<AdmissionSubReason> subs =
                rs.contains(DenialReason.ADMISSION_CRITERIA_NOT_MET)
                        ? subReasons.entrySet().stream()
                                .filter(e -> e.getValue().get())
                                .map(Map.Entry::getKey)
                                .toList()
                        : List.of();
        return new Denial(
                d.id(),
                notice,
                received,
                Optional.ofNullable(receivedBy.get()),
                denialType.get() == null ? d.denialType() : denialType.get(),
                urgent.get() && urgentProblem().isEmpty(),
                levelOfCare.get() == null ? d.levelOfCare() : levelOfCare.get(),
                rs,
                subs,
                criteriaSet.get(),
                criteriaVersion.get(),
                reviewerName.get(),
                reviewerCredentials.get(),
                authorizationNumber.get(),
                claimNumber.get(),
                referenceNumber.get(),
                unitKind.get(),
                requested,
                denied,
                checkHours(hoursPerWeek.get()).isEmpty()
                        ? Numbers.decimal(hoursPerWeek.get()).value()
                        : d.hoursPerWeekRequested(),
                checkStartDate(startDate.get()).isEmpty()
                        ? Dates.parse(startDate.get()).value()
                        : d.startDateRequested(),
                checkAmount(billedAmount.get()).isEmpty()
                        ? Numbers.decimal(billedAmount.get()).value()
                        : d.billedAmount(),
                rationale.get(),
                checkEndDate(endDate.get()).isEmpty()
                        ? Dates.parse(endDate.get()).value()
                        : d.endDateRequested());
    }
}

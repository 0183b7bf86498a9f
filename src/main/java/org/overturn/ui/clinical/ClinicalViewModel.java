package org.overturn.ui.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.overturn.domain.casefile.CareHistories;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.rebuttal.CareSetting;
import org.overturn.domain.rebuttal.ChecklistLine;
import org.overturn.domain.rebuttal.ChecklistStatus;
import org.overturn.domain.rebuttal.ClinicalPicture;
import org.overturn.domain.rebuttal.Diagnosis;
import org.overturn.domain.rebuttal.DocumentItem;
import org.overturn.domain.rebuttal.DocumentationChecklist;
import org.overturn.domain.rebuttal.DsmSeverity;
import org.overturn.domain.rebuttal.EpisodeOutcome;
import org.overturn.domain.rebuttal.RiskAssessment;
import org.overturn.domain.rebuttal.RiskLevel;
import org.overturn.domain.rebuttal.SubstanceUseSeverity;
import org.overturn.domain.rebuttal.TreatmentEpisode;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;
import org.overturn.ui.opencase.FormSync;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Clinical picture form: diagnoses and episodes are added from small forms (each field checked
 * as typed); the risk assessment and "if care stops" save as typed, a bad date keeping the last
 * good one.
 */
public final class ClinicalViewModel {

    /** Checklist items the case itself must show; a tick cannot stand in for them. */
    public static final Set<DocumentItem> FROM_CASE_ONLY =
            EnumSet.of(
                    DocumentItem.DIAGNOSIS_WITH_SEVERITY,
                    DocumentItem.CURRENT_RISK_ASSESSMENT,
                    DocumentItem.PRIOR_LOWER_LEVEL_ATTEMPTS);

    private final WorkspaceViewModel workspace;
    private final FormSync sync = new FormSync();

    // a new diagnosis
    public final StringProperty dxCode = new SimpleStringProperty("");
    public final StringProperty dxName = new SimpleStringProperty("");
    public final ObjectProperty<DsmSeverity> dxSeverity = new SimpleObjectProperty<>();
    public final StringProperty dxCriteria = new SimpleStringProperty("");
    public final StringProperty dxSpecifier = new SimpleStringProperty("");
    // a new episode
    public final ObjectProperty<CareSetting> epSetting =
            new SimpleObjectProperty<>(CareSetting.OUTPATIENT_THERAPY);
    public final StringProperty epStart = new SimpleStringProperty("");
    public final StringProperty epEnd = new SimpleStringProperty("");
    public final ObjectProperty<EpisodeOutcome> epOutcome =
            new SimpleObjectProperty<>(EpisodeOutcome.NO_IMPROVEMENT);
    public final StringProperty epReason = new SimpleStringProperty("");
    public final StringProperty epProvider = new SimpleStringProperty("");
    // the current risk assessment, saved as typed
    public final StringProperty riskDate = new SimpleStringProperty("");
    public final ObjectProperty<RiskLevel> suicide =
            new SimpleObjectProperty<>(RiskLevel.NOT_ASSESSED);
    public final ObjectProperty<RiskLevel> selfHarm =
            new SimpleObjectProperty<>(RiskLevel.NOT_ASSESSED);
    public final ObjectProperty<RiskLevel> harmToOthers =
            new SimpleObjectProperty<>(RiskLevel.NOT_ASSESSED);
    public final ObjectProperty<RiskLevel> relapse =
            new SimpleObjectProperty<>(RiskLevel.NOT_ASSESSED);
    public final StringProperty riskFactors = new SimpleStringProperty("");
    public final StringProperty protectiveFactors = new SimpleStringProperty("");
    public final StringProperty assessedBy = new SimpleStringProperty("");
    public final StringProperty ifCareStops = new SimpleStringProperty("");

    public ClinicalViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        load(workspace.caseFile());
        for (ObservableValue<?> p :
                new ObservableValue<?>[] {
                    riskDate,
                    suicide,
                    selfHarm,
                    harmToOthers,
                    relapse,
                    riskFactors,
                    protectiveFactors,
                    assessedBy,
                    ifCareStops
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

    private LocalDate today() {
        return LocalDate.now(workspace.clock());
    }

    void load(CaseFile c) {
        sync.load(
                () -> {
                    ClinicalPicture p = c.clinical();
                    Optional<RiskAssessment> r = p.risk();
                    if (!Dates.parse(riskDate.get())
                            .value()
                            .equals(r.flatMap(RiskAssessment::date))) {
                        riskDate.set(Dates.show(r.flatMap(RiskAssessment::date)));
                    }
                    suicide.set(r.map(RiskAssessment::suicide).orElse(RiskLevel.NOT_ASSESSED));
                    selfHarm.set(r.map(RiskAssessment::selfHarm).orElse(RiskLevel.NOT_ASSESSED));
                    harmToOthers.set(
                            r.map(RiskAssessment::harmToOthers).orElse(RiskLevel.NOT_ASSESSED));
                    relapse.set(
                            r.map(RiskAssessment::relapseOrOverdose)
                                    .orElse(RiskLevel.NOT_ASSESSED));
                    setIfDifferent(riskFactors, r.map(RiskAssessment::factors).orElse(""));
                    setIfDifferent(
                            protectiveFactors, r.map(RiskAssessment::protectiveFactors).orElse(""));
                    setIfDifferent(assessedBy, r.map(RiskAssessment::assessedBy).orElse(""));
                    setIfDifferent(ifCareStops, p.ifCareStops());
                });
    }

    private static void setIfDifferent(StringProperty p, String v) {
        if (!p.get().strip().equals(v.strip())) {
            p.set(v);
        }
    }

    private void edit(UnaryOperator<CaseFile> change) {
        sync.commit(
                () -> {
                    workspace.edit(change);
                });
    }

    private void editClinical(UnaryOperator<ClinicalPicture> change) {
        edit(c -> c.withClinical(change.apply(c.clinical())));
    }

    // ---- risk and "if care stops"
    // ---------------------------------------------------------------------------

    public Optional<String> checkRiskDate(String text) {
        return Dates.parse(text)
                .check(
                        d ->
                                d.isAfter(today())
                                        ? Optional.of(
                                                Messages.format(
                                                        "clinical.validation.future",
                                                        Dates.show(d)))
                                        : Optional.empty())
                .error();
    }

    void commit() {
        if (sync.loading()) {
            return;
        }
        editClinical(
                p -> {
                    Optional<LocalDate> date =
                            checkRiskDate(riskDate.get()).isEmpty()
                                    ? Dates.parse(riskDate.get()).value()
                                    : p.risk().flatMap(RiskAssessment::date);
                    RiskAssessment r =
                            new RiskAssessment(
                                    date,
                                    suicide.get(),
                                    selfHarm.get(),
                                    harmToOthers.get(),
                                    relapse.get(),
                                    riskFactors.get(),
                                    protectiveFactors.get(),
                                    assessedBy.get());
                    boolean blank =
                            date.isEmpty()
                                    && r.suicide() == RiskLevel.NOT_ASSESSED
                                    && r.selfHarm() == RiskLevel.NOT_ASSESSED
                                    && r.harmToOthers() == RiskLevel.NOT_ASSESSED
                                    && r.relapseOrOverdose() == RiskLevel.NOT_ASSESSED
                                    && r.factors().isBlank()
                                    && r.protectiveFactors().isBlank()
                                    && r.assessedBy().isBlank();
                    return p.withRisk(blank ? Optional.empty() : Optional.of(r))
                            .withIfCareStops(ifCareStops.get());
                });
    }

    // ---- diagnoses
    // ------------------------------------------------------------------------------------------

    public static Optional<String> checkCode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Diagnosis.of(text, "");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Messages.format("clinical.validation.code", text.strip()));
        }
    }

    /**
     * A criteria count: a whole number of the 11 DSM-5 criteria, for substance use codes only, at
     * least 2.
     */
    public Optional<String> checkCriteria(String text) {
        return Numbers.wholeNumber(text)
                .check(
                        n -> {
                            if (n > SubstanceUseSeverity.CRITERIA_COUNT) {
                                return Optional.of(
                                        Messages.format("clinical.validation.criteriaMax", n));
                            }
                            if (!SubstanceUseSeverity.isSubstanceUseCode(dxCode.get())) {
                                return Optional.of(
                                        Messages.get("clinical.validation.criteriaNotSud"));
                            }
                            if (SubstanceUseSeverity.fromCriteriaMet(n).isEmpty()) {
                                return Optional.of(
                                        Messages.format("clinical.validation.criteriaMin", n));
                            }
                            return Optional.empty();
                        })
                .error();
    }

    /** The severity a criteria count gives, for the form to show beside the count. */
    public Optional<DsmSeverity> derivedSeverity() {
        if (checkCriteria(dxCriteria.get()).isPresent()) {
            return Optional.empty();
        }
        return Numbers.wholeNumber(dxCriteria.get())
                .value()
                .flatMap(SubstanceUseSeverity::fromCriteriaMet);
    }

    /**
     * The line under the severity: the severity the count gives, or for a substance use code
     * without one, that a count would give it; otherwise nothing.
     */
    public String severityHint() {
        return derivedSeverity()
                .map(s -> Messages.format("clinical.dx.derived", Messages.label(s)))
                .orElse(
                        SubstanceUseSeverity.isSubstanceUseCode(dxCode.get())
                                ? Messages.get("clinical.dx.sudHint")
                                : "");
    }

    public Optional<Diagnosis> newDiagnosis() {
        if (dxCode.get().isBlank()
                || checkCode(dxCode.get()).isPresent()
                || checkCriteria(dxCriteria.get()).isPresent()) {
            return Optional.empty();
        }
        Optional<Integer> count = Numbers.wholeNumber(dxCriteria.get()).value();
        Optional<DsmSeverity> severity =
                count.isPresent() ? Optional.empty() : Optional.ofNullable(dxSeverity.get());
        try {
            return Optional.of(
                    new Diagnosis(dxCode.get(), dxName.get(), severity, count, dxSpecifier.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean addDiagnosis() {
        Optional<Diagnosis> d = newDiagnosis();
        d.ifPresent(
                x -> {
                    editClinical(p -> p.withDiagnoses(append(p.diagnoses(), x)));
                    dxCode.set("");
                    dxName.set("");
                    dxSeverity.set(null);
                    dxCriteria.set("");
                    dxSpecifier.set("");
                });
        return d.isPresent();
    }

    public void removeDiagnosis(int index) {
        workspace.editUndoably(
                Messages.get("clinical.undo.diagnosis"),
                c -> {
                    List<Diagnosis> ds = new ArrayList<>(c.clinical().diagnoses());
                    ds.remove(index);
                    return c.withClinical(c.clinical().withDiagnoses(ds));
                });
    }

    // ---- treatment history
    // ----------------------------------------------------------------------------------

    public Optional<String> checkEpisodeStart(String text) {
        return checkRiskDate(text);
    }

    public Optional<String> checkEpisodeEnd(String text) {
        Optional<String> plain = checkRiskDate(text);
        if (plain.isPresent()) {
            return plain;
        }
        Optional<LocalDate> start = Dates.parse(epStart.get()).value();
        return Dates.parse(text)
                .check(
                        end ->
                                start.isPresent() && end.isBefore(start.get())
                                        ? Optional.of(
                                                Messages.format(
                                                        "clinical.validation.endBeforeStart",
                                                        Dates.show(end),
                                                        Dates.show(start.get())))
                                        : Optional.empty())
                .error();
    }

    public Optional<TreatmentEpisode> newEpisode() {
        if (epSetting.get() == null
                || checkEpisodeStart(epStart.get()).isPresent()
                || checkEpisodeEnd(epEnd.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(
                new TreatmentEpisode(
                        UUID.randomUUID().toString(),
                        epSetting.get(),
                        Dates.parse(epStart.get()).value(),
                        Dates.parse(epEnd.get()).value(),
                        epOutcome.get(),
                        epReason.get(),
                        epProvider.get(),
                        ""));
    }

    public boolean addEpisode() {
        Optional<TreatmentEpisode> e = newEpisode();
        e.ifPresent(
                x -> {
                    editClinical(p -> p.withHistory(append(p.history(), x)));
                    epStart.set("");
                    epEnd.set("");
                    epReason.set("");
                    epProvider.set("");
                });
        return e.isPresent();
    }

    public void removeEpisode(String id) {
        workspace.editUndoably(
                Messages.get("clinical.undo.episode"),
                c ->
                        c.withClinical(
                                c.clinical()
                                        .withHistory(
                                                c.clinical().history().stream()
                                                        .filter(e -> !e.id().equals(id))
                                                        .toList())));
    }

    // ---- documentation checklist
    // ----------------------------------------------------------------------------

    public List<ChecklistLine> checklist() {
        CaseFile c = workspace.caseFile();
        return DocumentationChecklist.evaluate(
                c.clinical(), CareHistories.of(c), c.scoresRecorded(), today());
    }

    /** What a checklist line says beside its item: that the clinician holds it, or the hint. */
    public static String hint(ChecklistLine l) {
        return l.status() == ChecklistStatus.TICKED
                ? Messages.get("clinical.checklist.ticked")
                : l.hint();
    }

    public boolean ticked(DocumentItem item) {
        return workspace.caseFile().clinical().documentsOnHand().contains(item);
    }

    public void tick(DocumentItem item, boolean held) {
        editClinical(
                p -> {
                    List<DocumentItem> on = new ArrayList<>(p.documentsOnHand());
                    on.remove(item);
                    if (held) {
                        on.add(item);
                    }
                    return p.withDocumentsOnHand(on);
                });
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}

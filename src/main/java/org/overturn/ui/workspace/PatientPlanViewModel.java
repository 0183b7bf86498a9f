package org.overturn.ui.workspace;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.CaseRules;
import org.overturn.domain.cases.AuthorizedRepresentative;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.TriState;
import org.overturn.ui.opencase.FormSync;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Patient and plan form. Fields hold exactly what was typed; each change saves every part that
 * is valid, and a part with a bad value keeps its last good value until the field is fixed.
 */
public final class PatientPlanViewModel {

    private final WorkspaceViewModel workspace;
    private final FormSync sync = new FormSync();

    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty dateOfBirth = new SimpleStringProperty("");
    public final StringProperty memberId = new SimpleStringProperty("");
    public final StringProperty groupNumber = new SimpleStringProperty("");
    public final ObjectProperty<String> patientState = new SimpleObjectProperty<>();
    public final ObjectProperty<Payer> payer = new SimpleObjectProperty<>();
    public final ObjectProperty<PlanType> planType = new SimpleObjectProperty<>();
    public final StringProperty planName = new SimpleStringProperty("");
    public final ObjectProperty<String> issuedState = new SimpleObjectProperty<>();
    public final ObjectProperty<TriState> employerSponsored =
            new SimpleObjectProperty<>(TriState.UNKNOWN);
    public final StringProperty employerName = new SimpleStringProperty("");

    /**
     * Whether the patient agrees that the denial may be shared with the employer. Unticked means
     * "not asked" until the box is first touched, then "said no".
     */
    public final BooleanProperty shareWithEmployer = new SimpleBooleanProperty(false);

    private final ReadOnlyBooleanWrapper shareAsked = new ReadOnlyBooleanWrapper(false);
    public final BooleanProperty hasRepresentative = new SimpleBooleanProperty(false);
    public final StringProperty repName = new SimpleStringProperty("");
    public final StringProperty repRelationship = new SimpleStringProperty("");
    public final BooleanProperty repFormOnFile = new SimpleBooleanProperty(false);

    public PatientPlanViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        load(workspace.caseFile());
        // Registered before the save below, so the first touch of the box saves a yes or a no.
        shareWithEmployer.addListener(
                (o, a, b) -> {
                    if (!sync.loading()) {
                        shareAsked.set(true);
                    }
                });
        for (ObservableValue<?> p :
                new ObservableValue<?>[] {
                    name,
                    dateOfBirth,
                    memberId,
                    groupNumber,
                    patientState,
                    payer,
                    planType,
                    planName,
                    issuedState,
                    employerSponsored,
                    employerName,
                    shareWithEmployer,
                    hasRepresentative,
                    repName,
                    repRelationship,
                    repFormOnFile
                }) {
            p.addListener((o, a, b) -> commit());
        }
        // A change that didn't come from this form (Undo, another section) refreshes the fields.
        workspace
                .caseFileProperty()
                .addListener(
                        (o, a, c) -> {
                            if (!sync.committing()) {
                                load(c);
                            }
                        });
    }

    /** Fills the fields from the case (on opening, and after Undo). */
    void load(CaseFile c) {
        sync.load(
                () -> {
                    Patient p = c.patient();
                    setIfDifferent(name, p.name());
                    if (!Dates.parse(dateOfBirth.get()).value().equals(p.dateOfBirth())) {
                        dateOfBirth.set(Dates.show(p.dateOfBirth()));
                    }
                    setIfDifferent(memberId, p.memberId());
                    setIfDifferent(groupNumber, p.groupNumber());
                    patientState.set(p.state().isEmpty() ? null : p.state());
                    PlanFacts pl = c.plan();
                    payer.set(
                            pl.payerId()
                                    .flatMap(
                                            id ->
                                                    workspace.payers().stream()
                                                            .filter(
                                                                    x ->
                                                                            x.id().equals(
                                                                                            Optional
                                                                                                    .of(
                                                                                                            id)))
                                                            .findFirst())
                                    .orElse(null));
                    planType.set(pl.planType().orElse(null));
                    setIfDifferent(planName, pl.planName());
                    issuedState.set(pl.issuedState().isEmpty() ? null : pl.issuedState());
                    employerSponsored.set(TriState.of(pl.employerSponsored()));
                    setIfDifferent(employerName, pl.employerName());
                    shareWithEmployer.set(pl.employerMayKnow());
                    shareAsked.set(pl.shareWithEmployer().isPresent());
                    hasRepresentative.set(c.representative().isPresent());
                    c.representative()
                            .ifPresent(
                                    r -> {
                                        setIfDifferent(repName, r.name());
                                        setIfDifferent(repRelationship, r.relationship());
                                        repFormOnFile.set(r.planFormOnFile());
                                    });
                });
    }

    /**
     * Whether the patient's answer on sharing with the employer is recorded (false: not asked, and
     * a letter to the employer leaves the patient unnamed).
     */
    public ReadOnlyBooleanProperty shareAskedProperty() {
        return shareAsked.getReadOnlyProperty();
    }

    private static void setIfDifferent(StringProperty p, String v) {
        if (!p.get().strip().equals(v)) {
            p.set(v);
        }
    }

    // ---- the rules each field is checked by (shared with the field decorations)
    // -----------------------------

    public static Optional<String> checkName(String text) {
        return text == null || text.isBlank()
                ? Optional.of(Messages.get("validation.nameRequired"))
                : Optional.empty();
    }

    public Optional<String> checkDateOfBirth(String text) {
        return Dates.parse(text)
                .check(
                        d ->
                                CaseRules.checkDateOfBirth(d, LocalDate.now(workspace.clock()))
                                        .map(
                                                m ->
                                                        Messages.format(
                                                                "validation.dobFuture",
                                                                Dates.show(d))))
                .error();
    }

    public Optional<String> checkRepName(String text) {
        return hasRepresentative.get() && (text == null || text.isBlank())
                ? Optional.of(Messages.get("validation.repNameRequired"))
                : Optional.empty();
    }

    // ---- commit
    // ---------------------------------------------------------------------------------------------

    void commit() {
        if (sync.loading()) {
            return;
        }
        sync.commit(
                () -> {
                    workspace.edit(this::apply);
                });
    }

    private CaseFile apply(CaseFile c) {
        CaseFile out = c;
        Patient p = c.patient();
        String n = checkName(name.get()).isEmpty() ? name.get() : p.name();
        Optional<LocalDate> dob =
                checkDateOfBirth(dateOfBirth.get()).isEmpty()
                        ? Dates.parse(dateOfBirth.get()).value()
                        : p.dateOfBirth();
        out =
                out.withPatient(
                        new Patient(
                                n,
                                dob,
                                memberId.get(),
                                groupNumber.get(),
                                patientState.get() == null ? "" : patientState.get()));
        Optional<Boolean> employer = TriState.toOptional(employerSponsored.get());
        out =
                out.withPlan(
                        new PlanFacts(
                                Optional.ofNullable(planType.get()),
                                Optional.ofNullable(payer.get()).flatMap(Payer::id),
                                planName.get(),
                                issuedState.get() == null ? "" : issuedState.get(),
                                employer,
                                employerName.get(),
                                shareAsked.get()
                                        ? Optional.of(shareWithEmployer.get())
                                        : Optional.empty()));
        if (!hasRepresentative.get()) {
            out = out.withRepresentative(Optional.empty());
        } else if (checkRepName(repName.get()).isEmpty()) {
            out =
                    out.withRepresentative(
                            Optional.of(
                                    new AuthorizedRepresentative(
                                            repName.get(),
                                            repRelationship.get(),
                                            repFormOnFile.get())));
        }
        return out;
    }
}

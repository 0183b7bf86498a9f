package org.overturn.ui.settings;

import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.overturn.domain.packet.Clinician;
import org.overturn.ui.common.Messages;

/**
 * One clinician of the practice as typed in Settings: text exactly as entered (so a bad value is
 * kept, not lost), checked as a whole when the profile is saved.
 */
public final class ClinicianRow {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty credentials = new SimpleStringProperty("");
    private final BooleanProperty physician = new SimpleBooleanProperty(false);
    private final StringProperty npi = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty fax = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    // Until the clinician ticks or clears the box, "Physician (MD/DO)" follows the credentials.
    private boolean physicianChosen;

    public ClinicianRow() {
        credentials.addListener(
                (o, a, c) -> {
                    if (!physicianChosen) {
                        physician.set(Clinician.credentialsNamePhysician(c));
                    }
                });
    }

    public static ClinicianRow of(Clinician k) {
        ClinicianRow r = new ClinicianRow();
        r.name.set(k.name());
        r.credentials.set(k.credentials());
        r.physician.set(k.physician());
        r.physicianChosen = k.physician() != Clinician.credentialsNamePhysician(k.credentials());
        r.npi.set(k.npi());
        r.phone.set(k.phone());
        r.fax.set(k.fax());
        r.email.set(k.email());
        return r;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty credentialsProperty() {
        return credentials;
    }

    public BooleanProperty physicianProperty() {
        return physician;
    }

    public StringProperty npiProperty() {
        return npi;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty faxProperty() {
        return fax;
    }

    public StringProperty emailProperty() {
        return email;
    }

    /** What a list of rows must watch to notice any edit. */
    Observable[] observables() {
        return new Observable[] {name, credentials, physician, npi, phone, fax, email};
    }

    /** The clinician ticked or cleared the physician box: the credentials no longer decide it. */
    public void choosePhysician(boolean value) {
        physicianChosen = true;
        physician.set(value);
    }

    public Optional<String> nameProblem() {
        return name.get().isBlank()
                ? Optional.of(Messages.get("profile.clinician.nameRequired"))
                : Optional.empty();
    }

    public Optional<String> npiProblem() {
        return checkNpi(npi.get());
    }

    static Optional<String> checkNpi(String t) {
        String s = t == null ? "" : t.strip().replace(" ", "");
        return s.isEmpty() || s.matches("\\d{10}")
                ? Optional.empty()
                : Optional.of(Messages.get("profile.npi.invalid"));
    }

    /** The clinician; only once {@link #nameProblem()} and {@link #npiProblem()} are empty. */
    public Clinician toClinician() {
        return new Clinician(
                name.get(),
                credentials.get(),
                physician.get(),
                npi.get(),
                phone.get(),
                fax.get(),
                email.get());
    }

    /** "Ana Ruiz, MD" as the list shows it; a row still without a name says so. */
    public String display() {
        String n = name.get().strip();
        String c = credentials.get().strip();
        if (n.isEmpty()) {
            return Messages.get("profile.clinician.unnamed");
        }
        return c.isEmpty() ? n : n + ", " + c;
    }

    /**
     * The row in the clinicians' list: "Ana Ruiz, MD · Physician", marked "⚠ " while it has a
     * problem.
     */
    public String listText() {
        boolean bad = nameProblem().isPresent() || npiProblem().isPresent();
        return (bad ? "⚠ " : "")
                + display()
                + (physician.get()
                        ? "  ·  " + Messages.get("profile.clinician.physicianShort")
                        : "");
    }
}

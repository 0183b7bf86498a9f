package org.overturn.ui.backup;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.overturn.domain.security.Passwords;
import org.overturn.ui.common.Messages;

/**
 * The password dialog's state: a new password is typed twice and must be long enough; a backup's or
 * a case bundle's password is typed once. The problem line stays empty until there is something to
 * say, and a confirmation still being typed (a start of the password) is not yet called a mismatch.
 */
public final class PasswordViewModel {

    /** What the password is for. */
    public enum Purpose {
        NEW_BACKUP,
        OPEN_BACKUP,
        PROTECT_PDF,
        PROTECT_BUNDLE,
        OPEN_BUNDLE;

        public boolean confirms() {
            return this != OPEN_BACKUP && this != OPEN_BUNDLE;
        }
    }

    private final Purpose purpose;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(false);

    public PasswordViewModel(Purpose purpose) {
        this.purpose = purpose;
        password.addListener((o, a, b) -> check());
        confirmation.addListener((o, a, b) -> check());
    }

    public Purpose purpose() {
        return purpose;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    public String password() {
        return password.get() == null ? "" : password.get();
    }

    /**
     * Shows why the last password was not accepted (a wrong password); the next keystroke clears
     * it.
     */
    public void showProblem(String message) {
        problem.set(message);
    }

    /** Forgets what was typed once the dialog is done with it. */
    public void clear() {
        password.set("");
        confirmation.set("");
    }

    private void check() {
        String p = password();
        String c = confirmation.get() == null ? "" : confirmation.get();
        if (!purpose.confirms()) {
            problem.set("");
            acceptable.set(!p.isEmpty());
            return;
        }
        String says = "";
        if (!p.isEmpty() && Passwords.problem(p).isPresent()) {
            says = Messages.format("password.tooShort", Passwords.MIN_LENGTH);
        } else if (!c.isEmpty() && !p.startsWith(c)) {
            says = Messages.get("password.mismatch");
        }
        problem.set(says);
        acceptable.set(says.isEmpty() && !p.isEmpty() && p.equals(c));
    }
}

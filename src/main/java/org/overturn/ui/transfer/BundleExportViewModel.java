package org.overturn.ui.transfer;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.overturn.ui.backup.PasswordViewModel;
import org.overturn.ui.common.Messages;

/**
 * The bundle export dialog's state: what the bundle will hold, and whether it is protected with a
 * password (typed twice, long enough: the backup's rule). Export is possible unprotected, or once
 * the password is acceptable; the password is never stored.
 */
public final class BundleExportViewModel {

    private final String fileName;
    private final int documents;
    private final BooleanProperty protect = new SimpleBooleanProperty(false);
    private final PasswordViewModel password =
            new PasswordViewModel(PasswordViewModel.Purpose.PROTECT_BUNDLE);
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper();

    /**
     * @param fileName the bundle's file name
     * @param documents how many documents it will hold
     */
    public BundleExportViewModel(String fileName, int documents) {
        this.fileName = fileName;
        this.documents = documents;
        acceptable.bind(
                Bindings.createBooleanBinding(
                        () -> !protect.get() || password.acceptableProperty().get(),
                        protect,
                        password.acceptableProperty()));
    }

    public String summary() {
        return Messages.format("bundle.export.summary", fileName, documents);
    }

    public BooleanProperty protectProperty() {
        return protect;
    }

    /** The password fields' state. */
    public PasswordViewModel password() {
        return password;
    }

    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    /** The password to seal the bundle with, when it is to be protected. */
    public Optional<String> chosenPassword() {
        return protect.get() && !password.password().isEmpty()
                ? Optional.of(password.password())
                : Optional.empty();
    }

    /** Forgets what was typed once the dialog is done with it. */
    public void clear() {
        password.clear();
    }
}

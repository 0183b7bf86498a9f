package org.overturn.ui.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javax.imageio.ImageIO;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.PracticeProfile.ProfileImage;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.Messages;

/**
 * Settings → Practice profile: the practice's letterhead fields, the clinicians who may sign
 * (added, edited, removed, reordered), and the logo and signature images. Nothing is stored until
 * the dialog is confirmed, and it can be confirmed only while {@link #problemProperty()} is empty;
 * what was typed stays as typed until then.
 */
public final class PracticeProfileViewModel {

    /** Images above this size are refused: a letterhead logo needs far less. */
    static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024;

    private final Background background;
    private final PracticeProfiles profiles;
    public final StringProperty practiceName = new SimpleStringProperty("");
    public final StringProperty address = new SimpleStringProperty("");
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty fax = new SimpleStringProperty("");
    private final ObservableList<ClinicianRow> clinicians =
            FXCollections.observableArrayList(ClinicianRow::observables);
    private final ObjectProperty<ClinicianRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Optional<ProfileImage>> logo =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<ProfileImage>> signature =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signatureNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper imageError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    // The row whose signature the image is: the first clinician when the profile was opened or the
    // image chosen.
    private ClinicianRow signatureOwner;

    public PracticeProfileViewModel(
            Background background, PracticeProfiles profiles, PracticeProfile p) {
        this.background = background;
        this.profiles = profiles;
        practiceName.set(p.practiceName());
        address.set(p.address());
        phone.set(p.phone());
        fax.set(p.fax());
        p.clinicians().stream().map(ClinicianRow::of).forEach(clinicians::add);
        logo.set(p.logo());
        signature.set(p.signature());
        signatureOwner =
                p.signature().isPresent() && !clinicians.isEmpty() ? clinicians.get(0) : null;
        clinicians.addListener((ListChangeListener<ClinicianRow>) ch -> check());
        signature.addListener((o, a, b) -> check());
        if (!clinicians.isEmpty()) {
            selected.set(clinicians.get(0));
        }
        check();
    }

    public ObservableList<ClinicianRow> clinicians() {
        return clinicians;
    }

    public ObjectProperty<ClinicianRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Optional<ProfileImage>> logoProperty() {
        return logo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<ProfileImage>> signatureProperty() {
        return signature.getReadOnlyProperty();
    }

    /** Why the profile cannot be saved yet, in words; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whose signature the image is, and what that means for the others. */
    public ReadOnlyStringProperty signatureNoteProperty() {
        return signatureNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty imageErrorProperty() {
        return imageError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    // ---- the clinicians
    // ----------------------------------------------------------------------------------------

    /** Adds an empty clinician at the end and selects it for typing. */
    public ClinicianRow add() {
        ClinicianRow r = new ClinicianRow();
        clinicians.add(r);
        selected.set(r);
        return r;
    }

    public void remove(ClinicianRow r) {
        int i = clinicians.indexOf(r);
        if (i < 0) {
            return;
        }
        clinicians.remove(i);
        selected.set(
                clinicians.isEmpty() ? null : clinicians.get(Math.min(i, clinicians.size() - 1)));
    }

    /**
     * Moves a clinician up (-1) or down (+1); the first is the one whose signature image prints.
     */
    public void move(ClinicianRow r, int delta) {
        if (!canMove(r, delta)) {
            return;
        }
        int i = clinicians.indexOf(r);
        clinicians.remove(i);
        clinicians.add(i + delta, r);
        selected.set(r);
    }

    /** Whether the clinician is on the list (so can be removed); false for none. */
    public boolean canRemove(ClinicianRow r) {
        return r != null && clinicians.indexOf(r) >= 0;
    }

    /** Whether the clinician can move up (-1) or down (+1): not past either end of the list. */
    public boolean canMove(ClinicianRow r, int delta) {
        int i = r == null ? -1 : clinicians.indexOf(r);
        int j = i + delta;
        return i >= 0 && j >= 0 && j < clinicians.size();
    }

    // ---- the images
    // --------------------------------------------------------------------------------------------

    public void chooseLogo(Path file) {
        readImage(file, img -> logo.set(Optional.of(img)));
    }

    public void clearLogo() {
        logo.set(Optional.empty());
    }

    /** The image becomes the first clinician's signature. */
    public void chooseSignature(Path file) {
        readImage(
                file,
                img -> {
                    signatureOwner = clinicians.isEmpty() ? null : clinicians.get(0);
                    signature.set(Optional.of(img));
                    check();
                });
    }

    public void clearSignature() {
        signatureOwner = null;
        signature.set(Optional.empty());
        check();
    }

    /** Reads and checks an image file off the FX thread; a bad one is named and nothing changes. */
    private void readImage(Path file, Consumer<ProfileImage> then) {
        imageError.set("");
        background.run(() -> read(file), then, e -> imageError.set(e.getMessage()));
    }

    /**
     * The image in the file.
     *
     * @throws IllegalArgumentException saying, for the screen, why the file is refused
     */
    static ProfileImage read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_IMAGE_BYTES) {
                throw new IllegalArgumentException(Messages.format("profile.image.tooLarge", name));
            }
            bytes = Files.readAllBytes(file);
            if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                throw new IllegalArgumentException(
                        Messages.format("profile.image.unreadable", name));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    Messages.format("profile.image.unreadable", name), e);
        }
        return new ProfileImage(name, bytes);
    }

    // ---- checking and the result
    // -------------------------------------------------------------------------------

    private void check() {
        problem.set(firstProblem().orElse(""));
        signatureNote.set(note());
    }

    private Optional<String> firstProblem() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < clinicians.size(); i++) {
            ClinicianRow r = clinicians.get(i);
            if (r.nameProblem().isPresent()) {
                return Optional.of(Messages.format("profile.problem.name", i + 1));
            }
            if (r.npiProblem().isPresent()) {
                return Optional.of(Messages.format("profile.problem.npi", r.display()));
            }
            if (!names.add(r.nameProperty().get().strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(
                        Messages.format(
                                "profile.problem.duplicate", r.nameProperty().get().strip()));
            }
        }
        if (signature.get().isPresent()
                && signatureOwner != null
                && (clinicians.isEmpty() || clinicians.get(0) != signatureOwner)) {
            String owner = signatureOwner.display();
            return Optional.of(
                    clinicians.contains(signatureOwner)
                            ? Messages.format(
                                    "profile.problem.signature", owner, clinicians.get(0).display())
                            : Messages.format("profile.problem.signatureNoOne", owner));
        }
        return Optional.empty();
    }

    private String note() {
        if (clinicians.isEmpty()) {
            return Messages.get("profile.signature.noteEmpty");
        }
        String first = clinicians.get(0).display();
        return signature.get().isPresent()
                ? Messages.format("profile.signature.note", first)
                : Messages.format("profile.signature.noteNone", first);
    }

    /** The profile as typed. */
    public PracticeProfile value() {
        check();
        if (!problem.get().isEmpty()) {
            throw new IllegalStateException(problem.get());
        }
        List<Clinician> list = clinicians.stream().map(ClinicianRow::toClinician).toList();
        return new PracticeProfile(
                practiceName.get(),
                address.get(),
                phone.get(),
                fax.get(),
                list,
                logo.get(),
                signature.get());
    }

    /**
     * Stores the profile as typed (off the FX thread) and then runs {@code saved}; while something
     * blocks it, or if the write fails, nothing is stored and the screen says why.
     */
    public void save(Runnable saved) {
        check();
        if (!problem.get().isEmpty() || saving.get()) {
            return;
        }
        PracticeProfile p = value();
        saving.set(true);
        saveError.set("");
        profiles.save(
                p,
                () -> {
                    saving.set(false);
                    saved.run();
                },
                e -> {
                    saving.set(false);
                    saveError.set(Messages.format("profile.saveFailed", e.getMessage()));
                });
    }
}

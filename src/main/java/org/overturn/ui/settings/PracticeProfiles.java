package org.overturn.ui.settings;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.store.ProfileStore;
import org.overturn.ui.common.Background;

/**
 * The practice profile as the screens see it: one per app, read off the FX thread, and replaced
 * when Settings saves, so that every screen that shows the practice's clinicians (the Letters
 * section's signer list) follows at once.
 */
public final class PracticeProfiles {

    private final ProfileStore store;
    private final Background background;
    private final ReadOnlyObjectWrapper<PracticeProfile> current =
            new ReadOnlyObjectWrapper<>(PracticeProfile.empty());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private boolean loading;

    public PracticeProfiles(ProfileStore store, Background background) {
        this.store = store;
        this.background = background;
    }

    /** The profile last read or saved; empty until the first read is done. */
    public ReadOnlyObjectProperty<PracticeProfile> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public PracticeProfile current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /**
     * Reads the profile once, in the background; later calls do nothing (saves keep it current).
     */
    public void ensureLoaded() {
        if (loaded.get() || loading) {
            return;
        }
        loading = true;
        reload(p -> {}, e -> loading = false);
    }

    /** Reads the stored profile again, in the background, and hands it back on the FX thread. */
    public void reload(Consumer<PracticeProfile> then, Consumer<Throwable> failed) {
        try {
            background.run(
                    () -> store.load(),
                    p -> {
                        loading = false;
                        current.set(p);
                        loaded.set(true);
                        then.accept(p);
                    },
                    failed);
        } catch (RejectedExecutionException e) {
            // The app is closing.
        }
    }

    /** Stores the profile after every earlier write, then makes it current on the FX thread. */
    public void save(PracticeProfile p, Runnable then, Consumer<Throwable> failed) {
        background.run(
                () -> {
                    // Through the writer thread, so a save lands after any earlier write.
                    try {
                        background.write(() -> store.save(p)).get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(
                                "interrupted while saving the practice profile", e);
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof RuntimeException r
                                ? r
                                : new IllegalStateException(e.getCause());
                    }
                    return p;
                },
                saved -> {
                    current.set(saved);
                    loaded.set(true);
                    then.run();
                },
                failed);
    }
}

package org.overturn.ui.main;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * The shared store's announcements of changed cases, from its listener thread to the FX thread,
 * gathered for a moment: a burst of changes (a colleague importing many cases) reads the Cases list
 * once, not once per case.
 */
final class StoreChanges implements LongConsumer {

    static final Duration GATHER = Duration.millis(300);

    private final LongConsumer onFx;
    private final Set<Long> pending = new LinkedHashSet<>();

    StoreChanges(LongConsumer onFx) {
        this.onFx = onFx;
    }

    @Override
    public void accept(long caseId) {
        boolean first;
        synchronized (pending) {
            first = pending.isEmpty();
            pending.add(caseId);
        }
        if (first) {
            Platform.runLater(
                    () -> {
                        PauseTransition wait = new PauseTransition(GATHER);
                        wait.setOnFinished(e -> drain());
                        wait.play();
                    });
        }
    }

    private void drain() {
        Set<Long> ids;
        synchronized (pending) {
            ids = new LinkedHashSet<>(pending);
            pending.clear();
        }
        // Anything may have changed (the connection came back): one pass covers every case.
        if (ids.contains(-1L)) {
            onFx.accept(-1);
            return;
        }
        ids.forEach(onFx::accept);
    }
}

package org.overturn.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Saves the latest version of something shortly after changes stop, on the app's writer thread. Only the newest
 * version is written; a burst of keystrokes becomes one write. {@link #flush()} writes at once and waits.
 *
 * @param <T> what is saved (an immutable value)
 */
public final class AutoSaver<T> implements AutoCloseable {

    /** Where the saver is, for the status bar. */
    public enum State { SAVED, PENDING, FAILED }

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "overturn-autosave-timer");
        t.setDaemon(true);
        return t;
    });

    private final Background background;
    private final Consumer<T> store;
    private final long delayMillis;
    private final Consumer<State> onState;
    private final Consumer<Throwable> onError;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private ScheduledFuture<?> timer;

    public AutoSaver(Background background, Consumer<T> store, long delayMillis, Consumer<State> onState,
                     Consumer<Throwable> onError) {
        this.background = background;
        this.store = store;
        this.delayMillis = delayMillis;
        this.onState = onState;
        this.onError = onError;
    }

    public synchronized void changed(T value) {
        pending.set(value);
        onState.accept(State.PENDING);
        if (timer != null) {
            timer.cancel(false);
        }
        timer = TIMER.schedule(() -> background.write(this::writePending), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void writePending() {
        T value = pending.getAndSet(null);
        if (value == null) {
            return;
        }
        try {
            store.accept(value);
            if (pending.get() == null) {
                onState.accept(State.SAVED);
            }
        } catch (RuntimeException e) {
            // Keep the unsaved value so the next change or flush tries again.
            pending.compareAndSet(null, value);
            onState.accept(State.FAILED);
            onError.accept(e);
        }
    }

    /** Writes any pending change now and waits for it. */
    public void flush() {
        synchronized (this) {
            if (timer != null) {
                timer.cancel(false);
            }
        }
        try {
            background.write(this::writePending).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            onError.accept(e);
        }
    }

    public boolean hasPending() {
        return pending.get() != null;
    }

    @Override
    public void close() {
        flush();
    }
}

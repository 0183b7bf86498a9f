package org.overturn.ui.common;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Saves the latest version of something shortly after changes stop, on the app's writer thread.
 * Only the newest version is written; a burst of keystrokes becomes one write. {@link #flush()}
 * writes at once and waits.
 *
 * <p>A save that fails keeps the unsaved version, reports the failure (state {@link State#FAILED},
 * the error, the log) and tries again by itself: after 1 s, then 2, 4, 8, 16 and every 30 s, until
 * a save succeeds or a newer change is saved. A failure that trying again cannot mend ({@link
 * #holdOn}, such as a save refused because someone else saved first) is reported once and held: the
 * change stays pending, unsaved, until {@link #retryNow()} or {@link #discardPending()}.
 *
 * @param <T> what is saved (an immutable value)
 */
public final class AutoSaver<T> implements AutoCloseable {

    /** Where the saver is, for the status bar. */
    public enum State {
        SAVED,
        PENDING,
        FAILED
    }

    static final long FIRST_RETRY_MILLIS = 1_000;
    static final long LONGEST_RETRY_MILLIS = 30_000;

    private static final System.Logger LOG = System.getLogger(AutoSaver.class.getName());

    private final Background background;
    private final String what;
    private final Consumer<T> store;
    private final long delayMillis;
    private final Consumer<State> onState;
    private final Consumer<Throwable> onError;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final long firstRetryMillis;
    private final long longestRetryMillis;
    private ScheduledFuture<?> timer;
    private long nextRetryMillis;
    private volatile Predicate<Throwable> hold = e -> false;
    private boolean held;

    /**
     * @param what names what is saved in the log, without personal details ("case 12")
     */
    public AutoSaver(
            Background background,
            String what,
            Consumer<T> store,
            long delayMillis,
            Consumer<State> onState,
            Consumer<Throwable> onError) {
        this(
                background,
                what,
                store,
                delayMillis,
                onState,
                onError,
                FIRST_RETRY_MILLIS,
                LONGEST_RETRY_MILLIS);
    }

    AutoSaver(
            Background background,
            String what,
            Consumer<T> store,
            long delayMillis,
            Consumer<State> onState,
            Consumer<Throwable> onError,
            long firstRetryMillis,
            long longestRetryMillis) {
        this.firstRetryMillis = firstRetryMillis;
        this.longestRetryMillis = longestRetryMillis;
        this.nextRetryMillis = firstRetryMillis;
        this.background = background;
        this.what = what;
        this.store = store;
        this.delayMillis = delayMillis;
        this.onState = onState;
        this.onError = onError;
    }

    public synchronized void changed(T value) {
        pending.set(value);
        if (held) {
            // Waiting for the person to resolve what held the save; this change waits with it.
            return;
        }
        onState.accept(State.PENDING);
        schedule(delayMillis);
    }

    /** Failures that trying again cannot mend: reported once, then held (no retries). */
    public void holdOn(Predicate<Throwable> unmendable) {
        this.hold = unmendable;
    }

    /** Whether a save is held, waiting for {@link #retryNow()} or {@link #discardPending()}. */
    public synchronized boolean held() {
        return held;
    }

    /** Saves what is pending now, once what held it has been resolved. */
    public synchronized void retryNow() {
        held = false;
        nextRetryMillis = firstRetryMillis;
        if (pending.get() != null) {
            onState.accept(State.PENDING);
            schedule(0);
        }
    }

    /** Drops the pending change: the person chose to keep another version. */
    public synchronized void discardPending() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        held = false;
        nextRetryMillis = firstRetryMillis;
        pending.set(null);
        onState.accept(State.SAVED);
    }

    private synchronized void schedule(long millis) {
        if (timer != null) {
            timer.cancel(false);
        }
        try {
            timer =
                    background.later(
                            () -> {
                                try {
                                    background.write(this::writePending);
                                } catch (RejectedExecutionException closed) {
                                    LOG.log(
                                            System.Logger.Level.WARNING,
                                            what + " not saved: the app was closing");
                                }
                            },
                            millis);
        } catch (RejectedExecutionException closed) {
            // The app is closing: its last flush has written what it could.
            timer = null;
        }
    }

    private void writePending() {
        T value = pending.getAndSet(null);
        if (value == null) {
            return;
        }
        try {
            store.accept(value);
            synchronized (this) {
                nextRetryMillis = firstRetryMillis;
            }
            if (pending.get() == null) {
                onState.accept(State.SAVED);
            }
        } catch (RuntimeException e) {
            // Keep the unsaved value (unless a newer one came meanwhile) and try again by itself.
            pending.compareAndSet(null, value);
            if (hold.test(e)) {
                synchronized (this) {
                    held = true;
                }
                LOG.log(
                        System.Logger.Level.WARNING,
                        "saving " + what + " held until the person decides: " + e.getMessage());
                onState.accept(State.FAILED);
                onError.accept(e);
                return;
            }
            long retry;
            synchronized (this) {
                retry = nextRetryMillis;
                nextRetryMillis = Math.min(longestRetryMillis, nextRetryMillis * 2);
                schedule(retry);
            }
            LOG.log(
                    System.Logger.Level.ERROR,
                    "saving " + what + " failed; trying again in " + retry + " ms",
                    e);
            onState.accept(State.FAILED);
            onError.accept(e);
        }
    }

    /**
     * Writes any pending change now and waits for it.
     *
     * @return false when it could not be written (reported as for any failed save; the change stays
     *     pending)
     */
    public boolean flush() {
        synchronized (this) {
            if (timer != null) {
                timer.cancel(false);
            }
        }
        Future<?> written;
        try {
            written = background.write(this::writePending);
        } catch (RejectedExecutionException closed) {
            if (hasPending()) {
                LOG.log(
                        System.Logger.Level.ERROR,
                        what + " not saved: the app's writer was already closed");
            }
            return !hasPending();
        }
        try {
            written.get(Background.FLUSH_WAIT_SECONDS, TimeUnit.SECONDS);
            return !hasPending();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException e) {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "saving "
                            + what
                            + " still running after "
                            + Background.FLUSH_WAIT_SECONDS
                            + " s");
            onError.accept(e);
            return false;
        } catch (ExecutionException e) {
            onError.accept(e.getCause());
            return false;
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

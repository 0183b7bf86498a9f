package org.overturn.ui.common;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The app's own worker threads: one for database writes (so saves land in order), a pool for slow
 * work, and a timer (autosave delays and retries). Results come back on the FX thread. A write that
 * fails is logged, never dropped silently.
 */
public final class Background implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Background.class.getName());
    static final long FLUSH_WAIT_SECONDS = 10;

    private final ExecutorService writer =
            Executors.newSingleThreadExecutor(r -> daemon(r, "overturn-db-writer"));
    private final ExecutorService pool =
            Executors.newFixedThreadPool(2, r -> daemon(r, "overturn-worker"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "overturn-timer"));
    private final Executor fx;

    /** Results are handed back on the FX thread. */
    public Background() {
        this(Platform::runLater);
    }

    /**
     * Results are handed back through {@code handBack}: view-model tests pass {@code Runnable::run}
     * and need no FX toolkit.
     */
    public Background(Executor handBack) {
        this.fx = handBack;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Runs a database write after every earlier one; its failure is logged, and its future fails
     * with it.
     */
    public Future<?> write(Runnable work) {
        return writer.submit(
                () -> {
                    try {
                        work.run();
                    } catch (RuntimeException | Error e) {
                        LOG.log(System.Logger.Level.ERROR, "a database write failed", e);
                        throw e;
                    }
                });
    }

    /**
     * Runs {@code work} on the timer thread after a delay; it should hand real work to {@link
     * #write} or the pool.
     */
    public ScheduledFuture<?> later(Runnable work, long delayMillis) {
        return timer.schedule(work, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Runs slow work off the FX thread and hands its result (or failure) back on it. */
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        pool.execute(() -> handBack(work, onDone, onFail));
    }

    /**
     * Runs work on the database writer after every write queued before it (so nothing typed is lost
     * to it), and hands its result (or failure) back on the FX thread.
     */
    public <T> void runAfterWrites(
            Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        writer.execute(() -> handBack(work, onDone, onFail));
    }

    private <T> void handBack(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        T result;
        try {
            result = work.get();
        } catch (Throwable t) { // as a Task would: every failure reaches the screen
            fx.execute(() -> onFail.accept(t));
            return;
        }
        fx.execute(() -> onDone.accept(result));
    }

    /** Runs {@code work} on the FX thread later, after the current event is handled. */
    public void deferToFx(Runnable work) {
        fx.execute(work);
    }

    /**
     * Runs {@code work} on the FX thread after a delay; starting it again before then cancels the
     * earlier run (for "when typing pauses").
     */
    public ScheduledFuture<?> laterOnFx(Runnable work, long delayMillis) {
        return timer.schedule(() -> fx.execute(work), delayMillis, TimeUnit.MILLISECONDS);
    }

    public void submit(Task<?> task) {
        pool.submit(task);
    }

    /**
     * Waits for queued writes, so nothing typed is lost at exit.
     *
     * @return false when the writes did not finish in time or the wait was interrupted (logged)
     */
    public boolean flushWrites() {
        try {
            writer.submit(() -> {}).get(FLUSH_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(
                    System.Logger.Level.WARNING,
                    "interrupted while waiting for the database writes to finish");
            return false;
        } catch (TimeoutException e) {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "database writes still running after " + FLUSH_WAIT_SECONDS + " s");
            return false;
        } catch (ExecutionException e) {
            // the empty marker task cannot fail; kept for completeness
            LOG.log(
                    System.Logger.Level.ERROR,
                    "waiting for the database writes failed",
                    e.getCause());
            return false;
        }
    }

    public static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        writer.shutdown();
        pool.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

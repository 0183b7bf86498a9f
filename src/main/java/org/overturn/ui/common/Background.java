package org.overturn.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The app's own worker threads: one for database writes (so saves land in order) and a pool for slow work.
 * Results come back on the FX thread.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "overturn-db-writer"));
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> daemon(r, "overturn-worker"));

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Runs a database write after every earlier one. */
    public Future<?> write(Runnable work) {
        return writer.submit(work);
    }

    /** Runs slow work off the FX thread and hands its result (or failure) back on it. */
    public <T> Task<T> run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFail.accept(task.getException()));
        pool.submit(task);
        return task;
    }

    /**
     * Runs work on the database writer after every write queued before it (so nothing typed is lost to it), and
     * hands its result (or failure) back on the FX thread.
     */
    public <T> Task<T> runAfterWrites(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFail.accept(task.getException()));
        writer.submit(task);
        return task;
    }

    public void submit(Task<?> task) {
        pool.submit(task);
    }

    /** Waits for queued writes, so nothing typed is lost at exit. */
    public void flushWrites() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Thread.currentThread().interrupt();
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

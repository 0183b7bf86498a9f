package org.overturn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 8: a failed save is reported and tried again by itself, never dropped. No FX
 * toolkit needed.
 */
class AutoSaverTest {

    private final Background background = new Background();

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void aSaveThatFailsIsReportedAndRetriedUntilItGoesThrough() throws Exception {
        List<String> stored = new CopyOnWriteArrayList<>();
        List<AutoSaver.State> states = new CopyOnWriteArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(2);
        AutoSaver<String> saver =
                new AutoSaver<>(
                        background,
                        "case 7",
                        v -> {
                            if (failuresLeft.getAndDecrement() > 0) {
                                throw new IllegalStateException(
                                        "attempt to write a readonly database");
                            }
                            stored.add(v);
                        },
                        10,
                        states::add,
                        errors::add,
                        20,
                        40);

        saver.changed("typed");
        waitUntil(() -> states.contains(AutoSaver.State.SAVED));

        assertThat(stored).containsExactly("typed");
        assertThat(errors).hasSize(2).allMatch(e -> e.getMessage().contains("readonly"));
        assertThat(states)
                .containsSubsequence(
                        AutoSaver.State.PENDING,
                        AutoSaver.State.FAILED,
                        AutoSaver.State.FAILED,
                        AutoSaver.State.SAVED);
        assertThat(saver.hasPending()).isFalse();
    }

    @Test
    void aHeldFailureIsReportedOnceKeptAndNotRetriedUntilToldThenSaved() throws Exception {
        List<String> stored = new CopyOnWriteArrayList<>();
        List<AutoSaver.State> states = new CopyOnWriteArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean refuse =
                new java.util.concurrent.atomic.AtomicBoolean(true);
        AutoSaver<String> saver =
                new AutoSaver<>(
                        background,
                        "case 7",
                        v -> {
                            attempts.incrementAndGet();
                            if (refuse.get()) {
                                throw new IllegalArgumentException("someone else saved first");
                            }
                            stored.add(v);
                        },
                        10,
                        states::add,
                        errors::add,
                        20,
                        40);
        saver.holdOn(IllegalArgumentException.class::isInstance);

        saver.changed("mine");
        waitUntil(saver::held);
        Thread.sleep(200); // ten retry periods: none may happen
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(errors).hasSize(1);
        assertThat(saver.hasPending()).isTrue();
        assertThat(states).last().isEqualTo(AutoSaver.State.FAILED);

        // A change while held waits with it, untried.
        saver.changed("mine, edited");
        Thread.sleep(100);
        assertThat(attempts.get()).isEqualTo(1);

        refuse.set(false);
        saver.retryNow();
        waitUntil(() -> !stored.isEmpty());
        assertThat(stored).containsExactly("mine, edited");
        waitUntil(() -> states.get(states.size() - 1) == AutoSaver.State.SAVED);
        assertThat(saver.held()).isFalse();
    }

    @Test
    void discardingDropsTheHeldChangeAndSaysSaved() throws Exception {
        List<AutoSaver.State> states = new CopyOnWriteArrayList<>();
        AutoSaver<String> saver =
                new AutoSaver<>(
                        background,
                        "case 7",
                        v -> {
                            throw new IllegalArgumentException("someone else saved first");
                        },
                        10,
                        states::add,
                        e -> {},
                        20,
                        40);
        saver.holdOn(IllegalArgumentException.class::isInstance);
        saver.changed("mine");
        waitUntil(saver::held);
        saver.discardPending();
        assertThat(saver.hasPending()).isFalse();
        assertThat(saver.held()).isFalse();
        assertThat(states).last().isEqualTo(AutoSaver.State.SAVED);
        assertThat(saver.flush()).isTrue();
    }

    @Test
    void aNewerChangeDuringTheFailuresIsTheOneSaved() throws Exception {
        List<String> stored = new CopyOnWriteArrayList<>();
        List<AutoSaver.State> states = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(1);
        AutoSaver<String> saver =
                new AutoSaver<>(
                        background,
                        "case 7",
                        v -> {
                            if (failuresLeft.getAndDecrement() > 0) {
                                throw new IllegalStateException("disk full");
                            }
                            stored.add(v);
                        },
                        10,
                        states::add,
                        e -> {},
                        200,
                        400);

        saver.changed("first");
        waitUntil(() -> states.contains(AutoSaver.State.FAILED));
        saver.changed("second");
        waitUntil(() -> states.get(states.size() - 1) == AutoSaver.State.SAVED);

        assertThat(stored).containsExactly("second");
    }

    @Test
    void flushSaysWhenTheChangeCouldNotBeWrittenAndKeepsIt() {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        AutoSaver<String> saver =
                new AutoSaver<>(
                        background,
                        "case 7",
                        v -> {
                            throw new IllegalStateException("locked");
                        },
                        60_000,
                        s -> {},
                        errors::add,
                        60_000,
                        60_000);

        saver.changed("typed");
        assertThat(saver.flush()).isFalse();
        assertThat(saver.hasPending()).isTrue();
        assertThat(errors).isNotEmpty();
    }

    @Test
    void afterTheAppClosedAChangeNeitherThrowsNorClaimsToBeSaved() {
        AutoSaver<String> saver =
                new AutoSaver<>(
                        background, "case 7", v -> {}, 60_000, s -> {}, e -> {}, 1_000, 1_000);
        saver.changed("typed");
        background.close();
        assertThat(saver.flush()).isFalse();
        saver.changed("again");
        assertThat(saver.hasPending()).isTrue();
    }

    @Test
    void writesThatFinishLetFlushWritesSayTrue() {
        AtomicInteger ran = new AtomicInteger();
        background.write(ran::incrementAndGet);
        assertThat(background.flushWrites()).isTrue();
        assertThat(ran).hasValue(1);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached in 10 s");
            }
            Thread.sleep(5);
        }
    }
}

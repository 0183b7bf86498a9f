package org.overturn.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.overturn.ui.common.Background;

/**
 * The first case's classes read ahead: the list names classes that exist, they are loaded on a
 * worker and initialised on the hand-back (FX) thread a few per event, and a missing one is
 * skipped.
 */
class FirstOpenClassesTest {

    /** The threads the listed test classes below were initialised on, in order. */
    static final List<String> INITIALISED_ON = new CopyOnWriteArrayList<>();

    static final class A {
        static {
            INITIALISED_ON.add("A " + Thread.currentThread().getName());
        }
    }

    static final class B {
        static {
            INITIALISED_ON.add("B " + Thread.currentThread().getName());
        }
    }

    static final class C {
        static {
            INITIALISED_ON.add("C " + Thread.currentThread().getName());
        }
    }

    @Test
    void everyListedClassExists() {
        List<String> names = FirstOpenClasses.names();
        assertThat(names).hasSizeGreaterThan(50).doesNotHaveDuplicates();
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            try {
                Class.forName(n, false, FirstOpenClasses.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(n);
            }
        }
        assertThat(missing)
                .as("listed but gone: run bench/first-open-classes.sh after changing the screens")
                .isEmpty();
        // the screens' own, not only the JDK's
        assertThat(names).anyMatch(n -> n.startsWith("org.overturn.ui.workspace."));
        // nothing of one platform's window system or renderer, which another platform lacks
        assertThat(names)
                .noneMatch(n -> n.startsWith("com.sun.glass.") || n.startsWith("com.sun.prism."));
    }

    @Test
    void loadedOnTheWorkerAndInitialisedOnTheHandBackThreadAFewAtATime() throws Exception {
        ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-fx"));
        List<Runnable> events = new CopyOnWriteArrayList<>();
        try (Background background =
                new Background(
                        r -> {
                            events.add(r);
                            fx.execute(r);
                        })) {
            List<String> names = new ArrayList<>();
            names.add(A.class.getName());
            names.add("org.overturn.NoSuchClass");
            names.add(B.class.getName());
            // enough to need more than one event
            IntStream.range(0, FirstOpenClasses.PER_EVENT)
                    .forEach(i -> names.add("java.lang.String"));
            names.add(C.class.getName());

            FirstOpenClasses.readAhead(background, 0, () -> names);

            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (INITIALISED_ON.size() < 3 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
        } finally {
            fx.shutdown();
            fx.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertThat(INITIALISED_ON).containsExactly("A test-fx", "B test-fx", "C test-fx");
        // 19 classes found (the missing one skipped): the hand-back, then one more event
        assertThat(events).hasSize(2);
    }

    @Test
    void aMissingClassIsSkipped() {
        assertThat(
                        FirstOpenClasses.load(
                                List.of("org.overturn.NoSuchClass", "java.lang.String"),
                                FirstOpenClasses.class.getClassLoader()))
                .containsExactly(String.class);
    }
}

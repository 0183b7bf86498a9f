package org.overturn.ui.main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.overturn.ui.common.Background;

/**
 * The classes the first case opened needs that the app's class-data archive does not hold (the
 * case's screens, their controls' skins, the icon font's tables), read ahead while the person reads
 * the Cases list: loaded from the jars on a worker thread, then initialised on the FX thread a few
 * at a time, each few its own event, so a frame is never held up for long. The first case opened
 * otherwise loads, checks and initialises them while the person waits (issue 15).
 *
 * <p>Initialised on the FX thread, not the worker: the screens initialise the same classes there,
 * and two threads initialising classes that need each other would wait on each other for ever.
 *
 * <p>The names come from {@value #RESOURCE} beside this class, made by {@code
 * bench/first-open-classes.sh} from a first open recorded with the app's archive. A name that no
 * longer exists is skipped here (a test keeps the list current); a class left out is only loaded
 * when the case opens, as before.
 */
final class FirstOpenClasses {

    private static final System.Logger LOG = System.getLogger(FirstOpenClasses.class.getName());

    static final String RESOURCE = "first-open.classes";

    /** How many classes one event on the FX thread initialises. */
    static final int PER_EVENT = 16;

    private FirstOpenClasses() {}

    /**
     * The names in the list, in order: one per line, blank lines and {@code #} comments skipped.
     */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = FirstOpenClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return names;
            }
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * After {@code delayMillis}, loads the listed classes on the worker pool and initialises them
     * on the FX thread through {@code background}'s hand-back. Failures are only logged: the real
     * open meets and reports its own.
     */
    static void readAhead(Background background, long delayMillis) {
        readAhead(background, delayMillis, FirstOpenClasses::names);
    }

    /** As above, for the names given (tests). */
    static void readAhead(Background background, long delayMillis, Supplier<List<String>> names) {
        ClassLoader loader = FirstOpenClasses.class.getClassLoader();
        background.later(
                () ->
                        background.run(
                                () -> load(names.get(), loader),
                                loaded -> initialise(background, loaded, 0),
                                e ->
                                        LOG.log(
                                                System.Logger.Level.DEBUG,
                                                "reading the first open's classes ahead",
                                                e)),
                delayMillis);
    }

    /** Loads (without initialising) each class that exists; the missing are skipped. */
    static List<Class<?>> load(List<String> names, ClassLoader loader) {
        List<Class<?>> loaded = new ArrayList<>(names.size());
        for (String name : names) {
            try {
                loaded.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.log(System.Logger.Level.DEBUG, "not read ahead: " + name, e);
            }
        }
        return loaded;
    }

    /** Initialises {@link #PER_EVENT} classes from {@code from}, then hands the rest on. */
    private static void initialise(Background background, List<Class<?>> classes, int from) {
        int to = Math.min(from + PER_EVENT, classes.size());
        for (Class<?> c : classes.subList(from, to)) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.log(System.Logger.Level.DEBUG, "not initialised ahead: " + c.getName(), e);
            }
        }
        if (to < classes.size()) {
            background.deferToFx(() -> initialise(background, classes, to));
        }
    }
}

package org.overturn.core;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.overturn.files.OwnerOnly;

/**
 * The app's log file: {@code logs/overturn-YYYY-MM-DD.log} in the data folder, one file a day, a
 * week kept, readable by the owner only. What goes in it names cases by their ids, never by a
 * patient's details: the app's own log lines are written that way, and of a failure only its kind
 * and where it happened are kept, not its message, which can quote what was typed. Errors reach the
 * file even when nothing else shows them (a save that failed on the writer thread, an uncaught
 * exception).
 */
public final class AppLog {

    public static final String FOLDER = "logs";
    public static final int DAYS_KEPT = 7;
    private static final String PREFIX = "overturn-";
    private static final String SUFFIX = ".log";

    private static DailyFile handler;

    private AppLog() {}

    /**
     * Sends the process's log records (INFO and above) to the log folder of this data folder, and
     * removes the files older than a week. Called again with another data folder (a restore
     * elsewhere, a test), it writes there instead. A folder that cannot be written leaves logging
     * as it was and says why, once, on the console.
     *
     * @return the log folder, or empty when it could not be made
     */
    public static synchronized Optional<Path> install(Path dataDir, Clock clock) {
        Path folder = dataDir.resolve(FOLDER);
        try {
            OwnerOnly.folder(folder);
            removeOld(folder, LocalDate.now(clock));
        } catch (IOException | RuntimeException e) {
            System.err.println(
                    "Overturn keeps no log file: "
                            + folder
                            + " cannot be written ("
                            + e.getMessage()
                            + ")");
            return Optional.empty();
        }
        if (handler == null) {
            handler = new DailyFile(folder, clock);
            handler.setLevel(Level.INFO);
            Logger root = LogManager.getLogManager().getLogger("");
            root.addHandler(handler);
        } else {
            handler.moveTo(folder, clock);
        }
        return Optional.of(folder);
    }

    /** The log folder in use, if any: shown to the user when something went wrong. */
    public static synchronized Optional<Path> folder() {
        return handler == null ? Optional.empty() : Optional.of(handler.folder);
    }

    /** The file for a day, in a log folder. */
    static Path fileFor(Path folder, LocalDate day) {
        return folder.resolve(PREFIX + day + SUFFIX);
    }

    /** Deletes the log files of days more than a week before today; other files are left alone. */
    static void removeOld(Path folder, LocalDate today) throws IOException {
        LocalDate oldestKept = today.minusDays(DAYS_KEPT - 1L);
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
                    continue;
                }
                try {
                    LocalDate day =
                            LocalDate.parse(
                                    name.substring(
                                            PREFIX.length(), name.length() - SUFFIX.length()));
                    if (day.isBefore(oldestKept)) {
                        Files.deleteIfExists(p);
                    }
                } catch (DateTimeParseException notOurs) {
                    // a file someone else named like ours: kept
                }
            }
        }
    }

    /**
     * One log line: time, level, source and message; for a failure, its kind and its stack, each
     * cause's too, without the failures' messages.
     */
    static String format(LogRecord r, LocalDateTime at) {
        StringBuilder b = new StringBuilder();
        String level = r.getLevel() == Level.SEVERE ? "ERROR" : r.getLevel().getName();
        b.append(at.truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(' ')
                .append(level)
                .append(' ')
                .append(r.getLoggerName() == null ? "-" : r.getLoggerName())
                .append(": ")
                .append(message(r))
                .append(System.lineSeparator());
        appendFailure(b, r.getThrown());
        return b.toString();
    }

    /**
     * A failure as it is kept in the log and copied from the error dialog: kinds and stack frames,
     * each cause's too, never the messages.
     */
    public static String failure(Throwable t) {
        StringBuilder b = new StringBuilder();
        appendFailure(b, t);
        return b.toString();
    }

    private static void appendFailure(StringBuilder b, Throwable thrown) {
        String indent = "  ";
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            b.append(indent)
                    .append(t == thrown ? "" : "caused by ")
                    .append(t.getClass().getName())
                    .append(System.lineSeparator());
            for (StackTraceElement e : t.getStackTrace()) {
                b.append(indent).append("  at ").append(e).append(System.lineSeparator());
            }
        }
    }

    private static String message(LogRecord r) {
        String m = r.getMessage();
        if (m == null) {
            return "";
        }
        Object[] params = r.getParameters();
        if (params == null || params.length == 0 || !m.contains("{")) {
            return m;
        }
        try {
            return MessageFormat.format(m, params);
        } catch (IllegalArgumentException e) {
            return m;
        }
    }

    /**
     * Appends each record to the day's file, opened for each record: a crash leaves every line
     * written.
     */
    private static final class DailyFile extends Handler {
        private Path folder;
        private Clock clock;

        DailyFile(Path folder, Clock clock) {
            this.folder = folder;
            this.clock = clock;
        }

        synchronized void moveTo(Path folder, Clock clock) {
            this.folder = folder;
            this.clock = clock;
        }

        @Override
        public synchronized void publish(LogRecord r) {
            if (!isLoggable(r)) {
                return;
            }
            if (!Files.isDirectory(folder)) {
                return; // the data folder was moved or removed while the app ran: not recreated
                // here
            }
            LocalDateTime now = LocalDateTime.now(clock);
            Path file = fileFor(folder, now.toLocalDate());
            try {
                boolean fresh = !Files.exists(file);
                try (Writer w =
                        Files.newBufferedWriter(
                                file,
                                StandardCharsets.UTF_8,
                                StandardOpenOption.CREATE,
                                StandardOpenOption.APPEND)) {
                    w.write(format(r, now));
                }
                if (fresh) {
                    OwnerOnly.restrict(file);
                }
            } catch (IOException | RuntimeException e) {
                reportError(
                        "the log file " + file + " could not be written",
                        e,
                        ErrorManager.WRITE_FAILURE);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}

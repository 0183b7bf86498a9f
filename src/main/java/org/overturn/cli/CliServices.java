package org.overturn.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.core.AppLog;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.DataFolderException;
import org.overturn.persistence.DatabaseException;

/**
 * Opens the services a command needs, turning a bad data folder or database into a one-line
 * message.
 */
final class CliServices {

    /** The clock the commands run by. */
    static final Clock CLOCK = Clock.systemDefaultZone();

    private CliServices() {}

    // What a command opened, closed when it ends: the database is then free for a restore by the
    // next command, even
    // in the same process (the tests run commands one after another in one).
    private static final List<CoreServices> OPENED = new ArrayList<>();

    static CoreServices open(Optional<Path> dataDir) {
        try {
            CoreServices s = CoreServices.open(AppPaths.resolve(dataDir), CLOCK);
            AppLog.install(s.paths().dataDir(), CLOCK);
            synchronized (OPENED) {
                OPENED.add(s);
            }
            return s;
        } catch (DataFolderException e) {
            throw new CliInputException(e.getMessage(), e);
        } catch (DatabaseException e) {
            throw new CliInputException(e.getMessage(), e);
        }
    }

    /** Closes what the command opened. */
    static void closeAll() {
        synchronized (OPENED) {
            OPENED.forEach(CoreServices::close);
            OPENED.clear();
        }
    }
}

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
import org.overturn.core.StoreLocation;
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

    /** Opens the data folder and the store the root command's options name. */
    static CoreServices open(OverturnCommand root) {
        return open(root.dataDir(), root.store(), root.storePassword());
    }

    /**
     * Opens the data folder and the local store only: for the commands that work on this computer's
     * database file itself (backup, restore), which refuse a shared store.
     *
     * @param command the command's name, for the refusal
     */
    static CoreServices openLocal(OverturnCommand root, String command) {
        return open(root.dataDir(), refuseShared(root, command), CoreServices.StorePassword.NONE);
    }

    /** The local store; refused, before anything is done, when the options name a shared one. */
    static StoreLocation refuseShared(OverturnCommand root, String command) {
        StoreLocation store = root.store();
        if (store.shared()) {
            throw new CliInputException(
                    command
                            + " works on this computer's own database; the shared store "
                            + store
                            + " is backed up on its server (for example with pg_dump)");
        }
        return store;
    }

    static CoreServices open(
            Optional<Path> dataDir, StoreLocation store, CoreServices.StorePassword password) {
        try {
            CoreServices s = CoreServices.open(AppPaths.resolve(dataDir), CLOCK, store, password);
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

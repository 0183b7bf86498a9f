package org.overturn.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.DataFolderException;
import org.overturn.persistence.DatabaseException;

/** Opens the services a command needs, turning a bad data folder or database into a one-line message. */
final class CliServices {

    /** The clock the commands run by. */
    static final Clock CLOCK = Clock.systemDefaultZone();

    private CliServices() {
    }

    static CoreServices open(Optional<Path> dataDir) {
        try {
            return CoreServices.open(AppPaths.resolve(dataDir), CLOCK);
        } catch (DataFolderException e) {
            throw new CliInputException(e.getMessage(), e);
        } catch (DatabaseException e) {
            throw new CliInputException(e.getMessage(), e);
        }
    }
}

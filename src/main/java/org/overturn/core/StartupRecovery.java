package org.overturn.core;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.overturn.domain.audit.AuditAction;
import org.overturn.persistence.BackupService;

/**
 * The ways out when the database can't be opened: put the latest backup in place (the damaged file
 * is moved aside, never overwritten) or start a new database in another folder.
 */
public final class StartupRecovery {

    private final AppPaths paths;
    private final Clock clock;
    private final BackupService backups;

    public StartupRecovery(AppPaths paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
        this.backups = new BackupService(paths.backups(), clock);
    }

    public Optional<Path> latestBackup() {
        return backups.latest();
    }

    /** Restores the latest backup and opens it. */
    public CoreServices restoreLatest() throws DataFolderException {
        Path latest =
                latestBackup()
                        .orElseThrow(
                                () ->
                                        new DataFolderException(
                                                "There is no backup in " + paths.backups()));
        backups.restore(latest, paths.database());
        CoreServices s = CoreServices.open(paths, clock);
        s.audit().databaseFile(AuditAction.RESTORED, latest);
        return s;
    }

    /** Opens (creating) a database in another folder; the damaged one stays where it is. */
    public CoreServices startElsewhere(AppPaths other) throws DataFolderException {
        if (other.database().equals(paths.database())) {
            throw new DataFolderException(
                    "Choose a different folder: "
                            + paths.dataDir()
                            + " holds the damaged database.");
        }
        return CoreServices.open(other, clock);
    }
}

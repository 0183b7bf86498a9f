package org.overturn.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.report.PayerReport;
import org.overturn.domain.store.CaseHistory;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.DocumentStore;
import org.overturn.domain.store.PayerStore;
import org.overturn.domain.store.ProfileStore;
import org.overturn.files.OwnerOnly;
import org.overturn.persistence.BackupService;
import org.overturn.persistence.CaseDocuments;
import org.overturn.persistence.Database;
import org.overturn.persistence.SqliteAuditLog;
import org.overturn.persistence.SqliteCaseRepository;
import org.overturn.persistence.SqliteDocumentStore;
import org.overturn.persistence.SqlitePayerReport;
import org.overturn.persistence.SqlitePayerRepository;
import org.overturn.persistence.SqliteProfileRepository;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.shared.PostgresCaseHistory;
import org.overturn.persistence.shared.PostgresCaseStore;
import org.overturn.persistence.shared.PostgresDocumentStore;
import org.overturn.persistence.shared.PostgresPayerReport;
import org.overturn.persistence.shared.PostgresPayerStore;
import org.overturn.persistence.shared.SharedStore;
import org.overturn.persistence.shared.SharedStoreException;
import org.overturn.persistence.shared.SharedStoreLocation;

/**
 * The services without any UI: what the command line uses, and what the desktop app's context
 * builds on. Opening checks the data folder, takes the daily backup and migrates the schema.
 */
public final class CoreServices implements AutoCloseable {

    private final AppPaths paths;
    private final Clock clock;
    private final Database database;
    private final BackupService backups;
    private final CaseJson caseJson;
    private final StoreLocation store;
    private final Optional<SharedStore> shared;
    private final CaseStore cases;
    private final PayerStore payers;
    private final ReferenceData reference = new ReferenceData();
    private final DocumentStore documents;
    private final CaseHistory history;
    private final SqliteProfileRepository profiles;
    private final CaseImporter importer;
    private final AuditTrail audit;
    private final PayerReport payerReport;
    private final Backups encryptedBackups = new Backups(this);

    private CoreServices(
            AppPaths paths,
            Clock clock,
            Database database,
            BackupService backups,
            StoreLocation store,
            Optional<SharedStore> shared) {
        this.paths = paths;
        this.clock = clock;
        this.database = database;
        this.backups = backups;
        this.caseJson = new CaseJson();
        this.store = store;
        this.shared = shared;
        if (shared.isPresent()) {
            this.cases = new PostgresCaseStore(shared.get().connections(), caseJson, clock);
            this.payers = new PostgresPayerStore(shared.get().connections(), caseJson);
            this.documents = new PostgresDocumentStore(shared.get().connections());
            this.history = new PostgresCaseHistory(shared.get().connections());
        } else {
            this.cases = new SqliteCaseRepository(database, caseJson, clock);
            this.payers = new SqlitePayerRepository(database);
            this.documents = new SqliteDocumentStore(database, clock);
            // One person per computer: the local store records no change by person.
            this.history = CaseHistory.NONE;
        }
        this.profiles = new SqliteProfileRepository(database);
        this.importer = new CaseImporter(cases, reference, clock);
        this.audit = new AuditTrail(new SqliteAuditLog(database), clock);
        this.payerReport =
                shared.<PayerReport>map(s -> new PostgresPayerReport(s.connections()))
                        .orElseGet(() -> new SqlitePayerReport(database));
    }

    /**
     * Opens the data folder's database.
     *
     * @throws DataFolderException when the folder can't be used
     * @throws org.overturn.persistence.DatabaseCorruptException when the database file is damaged
     */
    public static CoreServices open(AppPaths paths, Clock clock) throws DataFolderException {
        return open(paths, clock, StoreLocation.local(), StorePassword.NONE);
    }

    /** Where a shared store's password comes from: asked once per session, or read from a file. */
    @FunctionalInterface
    public interface StorePassword {
        /** For the local store, which has none. */
        StorePassword NONE =
                (at, user) -> {
                    throw new IllegalStateException("the local store has no password");
                };

        /**
         * The password of {@code user} at {@code at}.
         *
         * @throws org.overturn.persistence.DatabaseException when the person gives none (cancels)
         */
        String password(SharedStoreLocation at, String user);
    }

    /**
     * Opens the data folder's database and, for a shared store, connects to it: the cases, their
     * documents and the payer directory are then the shared store's, while this computer's activity
     * log, practice profile and backups stay in the data folder.
     *
     * @throws DataFolderException when the folder can't be used
     * @throws org.overturn.persistence.DatabaseException when a database can't be opened; for a
     *     shared store, a {@link SharedStoreException} whose {@code unreachable()} says whether
     *     trying again may help
     */
    public static CoreServices open(
            AppPaths paths, Clock clock, StoreLocation store, StorePassword password)
            throws DataFolderException {
        paths.ensureWritable();
        BackupService backups = new BackupService(paths.backups(), clock);
        Database db = Database.open(paths.database(), backups);
        Optional<SharedStore> shared = Optional.empty();
        try {
            Optional<Path> daily = backups.dailyBackup(db, () -> CaseDocuments.firstUnreadable(db));
            ownerOnly(paths);
            if (store instanceof StoreLocation.Shared at) {
                String user = at.address().user().orElse(System.getProperty("user.name", ""));
                shared =
                        Optional.of(
                                SharedStore.open(
                                        at.address(),
                                        user,
                                        password.password(at.address(), user),
                                        at.allowLocalPlain(),
                                        at.caFile()));
            }
            CoreServices s = new CoreServices(paths, clock, db, backups, store, shared);
            daily.ifPresent(b -> s.audit.databaseFile(AuditAction.BACKUP_WRITTEN, b));
            return s;
        } catch (RuntimeException | DataFolderException e) {
            shared.ifPresent(SharedStore::close);
            db.close();
            throw e;
        }
    }

    /**
     * The data folder, the database with its write-ahead log, and the backups are the owner's
     * alone; an install made before this rule (folders 0755, files 0644) is fixed here, at each
     * start.
     */
    private static void ownerOnly(AppPaths paths) throws DataFolderException {
        try {
            // Only what Overturn made: the database and its side files, the copies set aside, the
            // backups.
            OwnerOnly.restrictOwn(paths.dataDir(), AppPaths.DATABASE_FILE);
            OwnerOnly.restrictOwn(paths.backups(), "overturn-");
        } catch (IOException | SecurityException e) {
            throw new DataFolderException(
                    "Overturn could not make its data folder "
                            + paths.dataDir()
                            + " private to you ("
                            + e.getMessage()
                            + "). Check the folder's owner and permissions.",
                    e);
        }
    }

    /**
     * This process is done with the database: another window or command may now restore over it.
     */
    @Override
    public void close() {
        shared.ifPresent(SharedStore::close);
        database.close();
    }

    /** Where the cases are kept. */
    public StoreLocation store() {
        return store;
    }

    /**
     * The login the shared store was opened with; empty for the local store, where the person is
     * whoever uses this computer's account.
     */
    public Optional<String> storeUser() {
        return shared.map(SharedStore::user);
    }

    /**
     * Hands {@code changed} the id of each case someone changes in the shared store, on a thread of
     * its own, until the handle is closed ({@code -1}: reconnected, anything may have changed). On
     * the local store nobody else changes cases, and nothing is ever handed.
     */
    public AutoCloseable caseChanges(LongConsumer changed) {
        return shared.<AutoCloseable>map(s -> s.listen(changed)).orElse(() -> {});
    }

    /** A backup taken now (File → Back up now), logged in the activity log. */
    public Path backupNow() {
        Path b = backups.backupNow(database);
        audit.databaseFile(AuditAction.BACKUP_WRITTEN, b);
        return b;
    }

    public AppPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public BackupService backups() {
        return backups;
    }

    public CaseJson caseJson() {
        return caseJson;
    }

    /**
     * The case as a case file's text (File → Export case…, {@code case export}), with its payer.
     */
    public String caseFileText(CaseFile c, Optional<Payer> payer) {
        return caseJson.export(c, payer);
    }

    public CaseStore cases() {
        return cases;
    }

    public PayerStore payers() {
        return payers;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** Enclosures and frozen copies of sent packets. */
    public DocumentStore documents() {
        return documents;
    }

    /**
     * Who changed what in each case: the shared store's audit; on the local store, none ({@link
     * CaseHistory#kept()} is false).
     */
    public CaseHistory caseHistory() {
        return history;
    }

    public ProfileStore profiles() {
        return profiles;
    }

    /** Imports case files, analysing a rationale that has no statements yet. */
    public CaseImporter importer() {
        return importer;
    }

    /** Encrypted backups and restores, as the screens use them. */
    public Backups encryptedBackups() {
        return encryptedBackups;
    }

    /** Denials and how they ended, by payer, across every case (no patient named). */
    public PayerReport payerReport() {
        return payerReport;
    }

    /** The activity log: exports, prints, submissions, backups and restores. */
    public AuditTrail audit() {
        return audit;
    }
}

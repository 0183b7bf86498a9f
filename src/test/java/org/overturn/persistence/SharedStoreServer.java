package org.overturn.persistence;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.overturn.persistence.shared.PgServer;
import org.overturn.persistence.shared.PostgresCaseStore;
import org.overturn.persistence.shared.SharedStoreSchema;

/**
 * A throwaway PostgreSQL server for the shared store's contract tests, with one login in each of
 * the store's group roles; each test gets a fresh database made by {@code store init}'s schema.
 */
final class SharedStoreServer implements AutoCloseable {

    static final String ADMIN = "store_admin";
    static final String CLINICIAN = "store_clinician";
    static final String REVIEWER = "store_reviewer";

    private static final String PASSWORD = "store-pw-1";

    private final PgServer server;
    private final String prefix;
    private final AtomicInteger databases = new AtomicInteger();

    private SharedStoreServer(PgServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
    }

    /** Starts a server (or skips the tests when PostgreSQL is not installed) with the logins. */
    static SharedStoreServer start(String prefix) throws Exception {
        PgServer server = PgServer.start();
        try {
            // The group roles are the server's, made by the first init; the logins join them then.
            String first = server.newDatabase(prefix + "_roles");
            try (Connection c = server.owner(first)) {
                SharedStoreSchema.init(c);
            }
            server.user(ADMIN, PASSWORD, "overturn_admin");
            server.user(CLINICIAN, PASSWORD, "overturn_clinician");
            server.user(REVIEWER, PASSWORD, "overturn_reviewer");
            return new SharedStoreServer(server, prefix);
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    /** A fresh database holding the shared store's schema, empty. */
    String newDatabase() throws Exception {
        String db = server.newDatabase(prefix + "_" + databases.incrementAndGet());
        try (Connection c = server.owner(db)) {
            SharedStoreSchema.init(c);
        }
        return db;
    }

    /** Connections to the database as one of the logins above. */
    PostgresCaseStore.Connections as(String db, String login) {
        return () -> server.connect(db, login, PASSWORD);
    }

    /** A connection as the database's owner, who may change anything (to damage a row, say). */
    Connection owner(String db) throws Exception {
        return server.owner(db);
    }

    @Override
    public void close() {
        server.close();
    }
}

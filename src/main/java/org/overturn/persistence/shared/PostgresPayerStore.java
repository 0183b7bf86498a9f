package org.overturn.persistence.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.store.PayerStore;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.json.CaseJson;

/**
 * The payer directory in the shared store on PostgreSQL (ADR 0019): each payer is one {@code jsonb}
 * entry in the case file's shape for a payer ({@link CaseJson#payerEntry}), so {@code entry ->>
 * 'name'} is its name. Everyone reads the directory; only admins may add or change a payer (the
 * database's grants), and a refusal becomes a sentence naming the person's role.
 */
public final class PostgresPayerStore implements PayerStore {

    private static final String COLUMNS = "id, entry::text FROM overturn.payer";

    /**
     * Names compare and sort as the local store's {@code COLLATE NOCASE} does: ASCII letters
     * folded, the rest by their bytes, whatever the database's own collation.
     */
    private static final String NAME = "lower(entry ->> 'name') COLLATE \"C\"";

    /** Held while a name is checked and written, so two admins can't add the same payer twice. */
    private static final long NAME_LOCK = 0x4f56_5041_5945_52L;

    private final SharedTransactions transactions;
    private final CaseJson json;

    public PostgresPayerStore(PostgresCaseStore.Connections connections) {
        this(connections, new CaseJson());
    }

    public PostgresPayerStore(PostgresCaseStore.Connections connections, CaseJson json) {
        this.transactions = new SharedTransactions(connections, e -> null);
        this.json = json;
    }

    /** Every payer, by name ignoring case. */
    @Override
    public List<Payer> all() {
        return transactions.inTransaction(
                "read the payer directory",
                conn -> {
                    try (PreparedStatement ps =
                                    conn.prepareStatement(
                                            "SELECT " + COLUMNS + " ORDER BY " + NAME + ", id");
                            ResultSet rs = ps.executeQuery()) {
                        List<Payer> out = new ArrayList<>();
                        while (rs.next()) {
                            out.add(map(json, rs));
                        }
                        return out;
                    }
                });
    }

    @Override
    public Optional<Payer> find(long id) {
        return transactions.inTransaction(
                "read the payer directory",
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement("SELECT " + COLUMNS + " WHERE id = ?")) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? Optional.of(map(json, rs)) : Optional.empty();
                        }
                    }
                });
    }

    /** The payer of this name, ignoring case and the spaces around it. */
    @Override
    public Optional<Payer> findByName(String name) {
        return transactions.inTransaction(
                "read the payer directory", conn -> findByName(conn, json, name));
    }

    static Optional<Payer> findByName(Connection conn, CaseJson json, String name)
            throws SQLException {
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT "
                                + COLUMNS
                                + " WHERE "
                                + NAME
                                + " = lower(?) COLLATE \"C\" ORDER BY id LIMIT 1")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(json, rs)) : Optional.empty();
            }
        }
    }

    /**
     * Adds a new payer or updates the stored one; returns it with its id.
     *
     * @throws DatabaseException when another payer has the name, the payer no longer exists, or the
     *     person's role may not change the directory
     */
    @Override
    public Payer save(Payer p) {
        return transactions.inTransaction(
                p.id().isPresent() ? "change a payer" : "add a payer", conn -> save(conn, json, p));
    }

    static Payer save(Connection conn, CaseJson json, Payer p) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, NAME_LOCK);
            ps.execute();
        }
        Optional<Payer> sameName = findByName(conn, json, p.name());
        if (sameName.isPresent() && !sameName.get().id().equals(p.id())) {
            throw new DatabaseException(
                    "A payer named \"" + sameName.get().name() + "\" is already in the directory.");
        }
        if (p.id().isPresent()) {
            try (PreparedStatement ps =
                    conn.prepareStatement(
                            "UPDATE overturn.payer SET entry = ?::jsonb, version = version + 1"
                                    + " WHERE id = ?")) {
                ps.setString(1, json.payerEntry(p));
                ps.setLong(2, p.id().get());
                if (ps.executeUpdate() != 1) {
                    throw new DatabaseException("Payer " + p.id().get() + " no longer exists.");
                }
            }
            return p;
        }
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "INSERT INTO overturn.payer (entry) VALUES (?::jsonb) RETURNING id")) {
            ps.setString(1, json.payerEntry(p));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return p.withId(rs.getLong(1));
            }
        }
    }

    /**
     * The directory's entry for a payer a case file names: the stored payer of the same name as it
     * is (the directory is the program's), else the imported details added, when the person may add
     * payers.
     *
     * @throws DatabaseException when the payer is not in the directory and the person's role may
     *     not add it: the sentence names the payer and says an administrator must add it first
     */
    static Payer matchOrAdd(Connection conn, CaseJson json, Payer imported) throws SQLException {
        Optional<Payer> existing = findByName(conn, json, imported.name());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!mayAddPayers(conn)) {
            throw new NotPermittedException(
                    "Nothing was imported: the payer \""
                            + imported.name()
                            + "\" is not in the shared payer directory, and an administrator"
                            + " must add it to the payer directory first.");
        }
        return save(
                conn,
                json,
                new Payer(
                        Optional.empty(),
                        imported.name(),
                        imported.appealsAddress(),
                        imported.appealsFax(),
                        imported.phone(),
                        imported.portal(),
                        imported.behavioralHealthManager()));
    }

    /** Whether the logged-in person's grants let them add a payer. */
    private static boolean mayAddPayers(Connection conn) throws SQLException {
        try (PreparedStatement ps =
                        conn.prepareStatement(
                                "SELECT has_table_privilege('overturn.payer', 'INSERT')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static Payer map(CaseJson json, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        try {
            return json.payerFromEntry(id, rs.getString(2));
        } catch (IllegalStateException e) {
            throw new DatabaseException(
                    "Payer "
                            + id
                            + " is stored in a form this version of Overturn cannot read. The"
                            + " other payers are not affected.",
                    e);
        }
    }
}

package org.overturn.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.store.PayerStore;

/** The payer directory, kept across cases. */
public final class SqlitePayerRepository implements PayerStore {

    private static final String COLUMNS =
            "id, name, appeals_address, appeals_fax, phone, portal, behavioral_health_manager";

    private final Database db;

    public SqlitePayerRepository(Database db) {
        this.db = db;
    }

    public List<Payer> all() {
        return db.read(
                c -> {
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT "
                                                    + COLUMNS
                                                    + " FROM payer ORDER BY name COLLATE NOCASE");
                            ResultSet rs = ps.executeQuery()) {
                        List<Payer> out = new ArrayList<>();
                        while (rs.next()) {
                            out.add(map(rs));
                        }
                        return out;
                    }
                });
    }

    public Optional<Payer> find(long id) {
        return db.read(c -> find(c, id));
    }

    static Optional<Payer> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + COLUMNS + " FROM payer WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public Optional<Payer> findByName(String name) {
        return db.read(c -> findByName(c, name));
    }

    static Optional<Payer> findByName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT " + COLUMNS + " FROM payer WHERE name = ? COLLATE NOCASE")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Inserts a new payer or updates the stored one; returns it with its id. */
    public Payer save(Payer p) {
        return db.inTransaction(c -> save(c, p));
    }

    static Payer save(Connection c, Payer p) throws SQLException {
        Optional<Payer> sameName = findByName(c, p.name());
        if (sameName.isPresent() && !sameName.get().id().equals(p.id())) {
            throw new DuplicateNameException(
                    "A payer named \"" + sameName.get().name() + "\" is already in the directory.");
        }
        if (p.id().isPresent()) {
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "UPDATE payer SET name = ?, appeals_address = ?, "
                                    + "appeals_fax = ?, phone = ?, portal = ?, behavioral_health_manager = ? WHERE id = ?")) {
                bind(ps, p);
                ps.setLong(7, p.id().get());
                if (ps.executeUpdate() != 1) {
                    throw new DatabaseException("Payer " + p.id().get() + " no longer exists.");
                }
            }
            return p;
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO payer (name, appeals_address, appeals_fax, "
                                + "phone, portal, behavioral_health_manager) VALUES (?, ?, ?, ?, ?, ?)")) {
            bind(ps, p);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return p.withId(keys.getLong(1));
            }
        }
    }

    /**
     * The directory entry for an imported payer: an existing payer of the same name is kept as it
     * is (the directory is the clinician's), otherwise the imported details are added.
     */
    static Payer matchOrAdd(Connection c, Payer imported) throws SQLException {
        Optional<Payer> existing = findByName(c, imported.name());
        if (existing.isPresent()) {
            return existing.get();
        }
        return save(
                c,
                new Payer(
                        Optional.empty(),
                        imported.name(),
                        imported.appealsAddress(),
                        imported.appealsFax(),
                        imported.phone(),
                        imported.portal(),
                        imported.behavioralHealthManager()));
    }

    private static void bind(PreparedStatement ps, Payer p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.appealsAddress());
        ps.setString(3, p.appealsFax());
        ps.setString(4, p.phone());
        ps.setString(5, p.portal());
        ps.setString(6, p.behavioralHealthManager());
    }

    private static Payer map(ResultSet rs) throws SQLException {
        return new Payer(
                Optional.of(rs.getLong(1)),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7));
    }

    /** A second payer with a name already in the directory. */
    public static final class DuplicateNameException extends DatabaseException {
        private static final long serialVersionUID = 1L;

        public DuplicateNameException(String message) {
            super(message);
        }
    }
}

package org.overturn.persistence.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.overturn.domain.report.CaseFacts;
import org.overturn.persistence.CaseFactsTables;
import org.overturn.persistence.FactsDialect;
import org.overturn.persistence.json.CaseJson;

/**
 * Creates the shared store's schema, its group roles, their grants and its triggers on a PostgreSQL
 * database ({@code overturn store init}, ADR 0019). Idempotent: run again, it changes nothing. It
 * must be run by the database's owner with the right to create roles.
 */
public final class SharedStoreSchema {

    /** The schema's scripts, in order; each can run again. */
    static final List<String> SCRIPTS =
            List.of(
                    "V001__shared_store.sql",
                    "V002__case_list.sql",
                    "V003__payer_report.sql",
                    "V004__call_log.sql");

    /** The version whose script adds the payer report's facts tables. */
    private static final int FACTS = 3;

    /** The version whose script keeps the calls in their own table. */
    private static final int CALLS = 4;

    private static final System.Logger LOG = System.getLogger(SharedStoreSchema.class.getName());

    /** The version the scripts bring the schema to. */
    public static final int VERSION = SCRIPTS.size();

    /** The group roles a person's login role is made a member of. */
    public static final List<String> ROLES =
            List.of("overturn_reviewer", "overturn_clinician", "overturn_admin");

    private SharedStoreSchema() {}

    /** What init found and left: the schema version before and after. */
    public record Result(int before, int after) {}

    /** Creates or completes the schema in one transaction. */
    public static Result init(Connection c) throws SQLException {
        return init(c, SCRIPTS.size());
    }

    /**
     * Runs the first {@code upTo} scripts only: how a store of an earlier version is made in a
     * test.
     */
    static Result init(Connection c, int upTo) throws SQLException {
        int server = c.getMetaData().getDatabaseMajorVersion();
        if (server < 15) {
            throw new SQLException(
                    "the shared store needs PostgreSQL 15 or newer; this server is " + server);
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            int before = version(c);
            for (String script : SCRIPTS.subList(0, upTo)) {
                s.execute(read(script));
            }
            if (upTo >= FACTS) {
                fillFacts(c);
            }
            if (upTo >= CALLS) {
                moveCalls(c);
            }
            c.commit();
            return new Result(before, version(c));
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Writes the payer report's rows for every case that has none: the cases stored before version
     * 3 made the tables. The rows come from each document by the rule every save uses ({@link
     * CaseFacts#of}), which SQL over the JSON would have to repeat. Run again, it finds nothing to
     * do.
     */
    private static void fillFacts(Connection c) throws SQLException {
        CaseJson json = new CaseJson();
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT id, document::text FROM overturn.case_file c WHERE NOT EXISTS"
                                        + " (SELECT 1 FROM overturn.case_outcome_fact o WHERE o.case_id = c.id)"
                                        + " ORDER BY id")) {
            while (r.next()) {
                long id = r.getLong(1);
                CaseFacts facts;
                try {
                    facts = CaseFacts.of(json.fromStored(id, r.getString(2)));
                } catch (RuntimeException e) {
                    // A document this version can't read adds nothing until it is saved again;
                    // opening the case will say what is wrong.
                    LOG.log(
                            Level.WARNING,
                            "case {0}: not counted by payer: {1}",
                            id,
                            e.getMessage());
                    continue;
                }
                CaseFactsTables.write(c, id, facts, FactsDialect.POSTGRES);
            }
        }
    }

    /**
     * Moves the calls of cases stored before version 4, and their timeline entries, out of the
     * documents into {@code overturn.call_log}, by the rule every save uses ({@link CallRows}).
     * Each document so changed is saved as its next version (audited under the login running init),
     * so a copy opened before is refused rather than saved over the move. Run again, it finds no
     * document with calls.
     */
    private static void moveCalls(Connection c) throws SQLException {
        CaseJson json = new CaseJson();
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT id, document::text FROM overturn.case_file"
                                        + " WHERE jsonb_typeof(document -> 'calls') = 'array'"
                                        + " AND jsonb_array_length(document -> 'calls') > 0 ORDER BY id")) {
            while (r.next()) {
                long id = r.getLong(1);
                CallRows.Split split;
                try {
                    split = CallRows.split(json.fromStored(id, r.getString(2)));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "case {0}: calls not moved: {1}", id, e.getMessage());
                    continue;
                }
                for (CallRows.Call call : split.calls()) {
                    CallRows.insert(c, json, id, call);
                }
                try (PreparedStatement ps =
                        c.prepareStatement(
                                "UPDATE overturn.case_file SET document = ?::jsonb, version = version + 1"
                                        + " WHERE id = ?")) {
                    ps.setString(1, json.toStored(split.document()));
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** The schema version stored, 0 when there is none yet. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT to_regclass('overturn.schema_version') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT coalesce(max(version), 0) FROM overturn.schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String read(String script) {
        try (InputStream in =
                SharedStoreSchema.class.getResourceAsStream("/org/overturn/shared/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

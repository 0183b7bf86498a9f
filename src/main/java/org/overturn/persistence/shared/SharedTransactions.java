package org.overturn.persistence.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.overturn.persistence.DatabaseException;

/**
 * Work on the shared store, each piece in a transaction on a connection of its own, and the
 * person's sentence when the database refuses it: the part every adapter of the shared store
 * shares.
 */
final class SharedTransactions {

    static final String PERMISSION_DENIED = "42501";

    /** What runs inside the transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection conn) throws SQLException;
    }

    /**
     * An adapter's own reading of a refusal (a stale save, a missing payer); null leaves the error
     * to the common ones.
     */
    @FunctionalInterface
    interface Particular {
        RuntimeException of(SQLException e);
    }

    private final PostgresCaseStore.Connections connections;
    private final Particular particular;

    SharedTransactions(PostgresCaseStore.Connections connections, Particular particular) {
        this.connections = connections;
        this.particular = particular;
    }

    /**
     * Runs {@code work} in one transaction on a connection of its own: all of it is stored, or
     * none.
     *
     * @param wanted what the person was doing, for the message when their role may not
     */
    <T> T inTransaction(String wanted, Work<T> work) {
        try (Connection conn = connections.open()) {
            conn.setAutoCommit(false);
            try {
                T result = work.run(conn);
                conn.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                if (e instanceof SQLException s) {
                    throw translate(conn, wanted, s);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(
                    "The shared case store could not be reached or failed: " + e.getMessage(), e);
        }
    }

    private RuntimeException translate(Connection conn, String wanted, SQLException e) {
        RuntimeException own = particular.of(e);
        if (own != null) {
            return own;
        }
        if (PERMISSION_DENIED.equals(e.getSQLState())) {
            return new NotPermittedException(refusal(wanted, role(conn)), e);
        }
        return new DatabaseException("The shared case store refused this: " + e.getMessage(), e);
    }

    /**
     * The person's sentence when the database refused {@code wanted}: what their role allows and
     * what it does not.
     */
    static String refusal(String wanted, Optional<String> role) {
        if (role.isEmpty()) {
            return "Your login has no Overturn role on this database, so you may not "
                    + wanted
                    + ". Ask an admin to make you a reviewer, clinician or admin.";
        }
        String may =
                switch (role.get()) {
                    case "admin" -> "read, change and delete cases";
                    case "clinician" -> "read and change cases";
                    default -> "read cases and log calls";
                };
        return "You may " + may + " but not " + wanted + " (your role is " + role.get() + ").";
    }

    /** The strongest Overturn group role the logged-in person holds, without its prefix. */
    static Optional<String> role(Connection conn) {
        try (PreparedStatement ps =
                        conn.prepareStatement(
                                "SELECT CASE WHEN pg_has_role('overturn_admin', 'MEMBER') THEN 'admin'"
                                        + " WHEN pg_has_role('overturn_clinician', 'MEMBER') THEN 'clinician'"
                                        + " WHEN pg_has_role('overturn_reviewer', 'MEMBER') THEN 'reviewer'"
                                        + " END");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getString(1));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}

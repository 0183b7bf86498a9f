package org.overturn.persistence.shared;

import java.sql.SQLException;
import org.overturn.persistence.DatabaseException;

/**
 * The shared store could not be opened or reached. The message is one line for the person; {@link
 * #unreachable()} says whether trying again later may help (the server or the network), as opposed
 * to a refused login or a store that is not ready.
 */
public final class SharedStoreException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    /** PostgreSQL's class of connection errors. */
    private static final String CONNECTION_CLASS = "08";

    private static final String BAD_PASSWORD = "28P01";
    private static final String NO_AUTHORIZATION = "28000";
    private static final String NO_DATABASE = "3D000";

    private final boolean unreachable;

    public SharedStoreException(String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** Whether the server or the network failed, so that trying again later may work. */
    public boolean unreachable() {
        return unreachable;
    }

    static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith(CONNECTION_CLASS);
    }

    /** The person's line for a failure to connect to {@code at}. */
    static SharedStoreException of(SharedStoreLocation at, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = firstLine(e);
        return switch (state) {
            case BAD_PASSWORD ->
                    new SharedStoreException(
                            "The shared store at "
                                    + at
                                    + " refused the login: wrong user name or password.",
                            false,
                            e);
            case NO_AUTHORIZATION ->
                    new SharedStoreException(
                            "The shared store at " + at + " refused the login: " + detail,
                            false,
                            e);
            case NO_DATABASE ->
                    new SharedStoreException(
                            "The server has no database named " + at.database() + " (" + at + ").",
                            false,
                            e);
            default ->
                    unreachable(e)
                            ? new SharedStoreException(
                                    "The shared store at " + at + " cannot be reached: " + detail,
                                    true,
                                    e)
                            : new SharedStoreException(
                                    "The shared store at " + at + " could not be opened: " + detail,
                                    false,
                                    e);
        };
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

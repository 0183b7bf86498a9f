package org.overturn.persistence;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/**
 * What SQLite's errors mean, in words a clinician can act on: its own messages ("[SQLITE_NOTADB]
 * File opened that is not a database file (file is not a database)") name the engine's codes twice
 * over.
 */
final class SqliteWords {

    private SqliteWords() {}

    static String of(SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
        return switch (code & 0xFF) {
            case 3 -> "permission denied";
            case 5, 6 -> "another program is using it";
            case 8 -> "it may not be written (read-only)";
            case 10 -> "the disk could not read or write it";
            case 11 -> "its pages are damaged";
            case 13 -> "the disk is full";
            case 14 -> "it could not be opened";
            case 26 -> "it is not a database file";
            default -> detail(e.getMessage());
        };
    }

    /**
     * The engine's own detail, the part in the last parentheses ("UNIQUE constraint failed:
     * payer.name").
     */
    private static String detail(String message) {
        if (message == null) {
            return "the database engine gave no reason";
        }
        String m = message.strip();
        int open = m.lastIndexOf('(');
        if (m.endsWith(")") && open >= 0) {
            m = m.substring(open + 1, m.length() - 1);
        }
        return m.replaceAll("\\[SQLITE_[A-Z_]+]\\s*", "").replace('\n', ' ');
    }
}

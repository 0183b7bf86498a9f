package org.overturn.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.overturn.persistence.json.CaseJson;

/**
 * Whether every stored case document reads: a database holding one that does not is never copied or
 * restored.
 */
public final class CaseDocuments {

    private CaseDocuments() {}

    /** The first stored case document that does not read, if any. */
    public static Optional<String> firstUnreadable(Database db) {
        return db.read(CaseDocuments::firstUnreadable);
    }

    static Optional<String> firstUnreadable(Connection c) throws SQLException {
        CaseJson json = new CaseJson();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, doc FROM case_file")) {
            while (rs.next()) {
                try {
                    json.fromStored(rs.getLong(1), rs.getString(2));
                } catch (RuntimeException e) {
                    return Optional.of(
                            "case " + rs.getLong(1) + " has a document that does not read");
                }
            }
        }
        return Optional.empty();
    }
}

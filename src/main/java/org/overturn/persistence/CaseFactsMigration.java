package org.overturn.persistence;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.overturn.domain.report.CaseFacts;
import org.overturn.persistence.json.CaseJson;

/**
 * Step 8: adds the tables of the patterns by payer ({@code V008__case_facts.sql}) and fills them
 * for every stored case from its document, with the same rule the repository uses on each save.
 */
final class CaseFactsMigration implements Migration {

    static final String SCRIPT = "/org/overturn/db/migration/V008__case_facts.sql";
    private static final System.Logger LOG = System.getLogger(CaseFactsMigration.class.getName());

    private final SqlScriptMigration tables = new SqlScriptMigration(8, SCRIPT);
    private final CaseJson json = new CaseJson();

    @Override
    public int version() {
        return 8;
    }

    @Override
    public String description() {
        return tables.description() + " (and fill them for existing cases)";
    }

    @Override
    public void apply(Connection c) throws SQLException {
        tables.apply(c);
        try (PreparedStatement read = c.prepareStatement("SELECT id, doc FROM case_file");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                CaseFacts facts;
                try {
                    facts = CaseFacts.of(json.fromStored(id, rs.getString(2)));
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
                CaseFactsTables.write(c, id, facts);
            }
        }
    }
}

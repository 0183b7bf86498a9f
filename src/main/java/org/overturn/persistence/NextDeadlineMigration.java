package org.overturn.persistence;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.persistence.json.CaseJson;

/**
 * Step 2: adds the next-deadline columns ({@code V002__next_deadline.sql}) and fills them for every
 * stored case from its document, with the same rule the repository uses on each save.
 */
final class NextDeadlineMigration implements Migration {

    static final String SCRIPT = "/org/overturn/db/migration/V002__next_deadline.sql";
    private static final System.Logger LOG =
            System.getLogger(NextDeadlineMigration.class.getName());

    private final SqlScriptMigration columns = new SqlScriptMigration(2, SCRIPT);
    private final CaseJson json = new CaseJson();
    private final NextDeadlines nextDeadlines = new NextDeadlines();

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return columns.description() + " (and fill it for existing cases)";
    }

    @Override
    public void apply(Connection c) throws SQLException {
        columns.apply(c);
        fill(c);
    }

    /** Computes every stored case's next deadline again, clearing it where none is open now. */
    void fill(Connection c) throws SQLException {
        LocalDateTime now = LocalDateTime.now();
        try (PreparedStatement read = c.prepareStatement("SELECT id, doc FROM case_file");
                PreparedStatement write =
                        c.prepareStatement(
                                "UPDATE case_file SET next_deadline_due = ?, "
                                        + "next_deadline_id = ?, next_deadline_label = ? WHERE id = ?");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Optional<NextDeadline> next = next(id, rs.getString(2), now);
                write.setString(1, next.map(NextDeadline::dueText).orElse(null));
                write.setString(2, next.map(NextDeadline::deadlineId).orElse(null));
                write.setString(3, next.map(NextDeadline::label).orElse(null));
                write.setLong(4, id);
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private Optional<NextDeadline> next(long id, String doc, LocalDateTime now) {
        try {
            CaseFile c = json.fromStored(id, doc);
            return nextDeadlines.of(c, now);
        } catch (RuntimeException e) {
            // A document this version can't read keeps empty columns; opening the case will say
            // what is wrong.
            LOG.log(Level.WARNING, "case {0}: next deadline not filled: {1}", id, e.getMessage());
            return Optional.empty();
        }
    }
}

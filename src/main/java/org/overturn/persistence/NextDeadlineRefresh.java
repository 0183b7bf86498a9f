package org.overturn.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Step 4: the clock learned the dates that decide whether care continues (issue 12), so every
 * stored case's next deadline is computed again with the new rules. No schema change.
 */
final class NextDeadlineRefresh implements Migration {

    @Override
    public int version() {
        return 4;
    }

    @Override
    public String description() {
        return "recompute each case's next deadline with the continuation and expedited rules";
    }

    @Override
    public void apply(Connection c) throws SQLException {
        new NextDeadlineMigration().fill(c);
    }
}

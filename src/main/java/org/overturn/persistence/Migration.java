package org.overturn.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** One forward-only schema step. It runs inside a transaction the migrator owns. */
public interface Migration {

    int version();

    String description();

    void apply(Connection c) throws SQLException;
}

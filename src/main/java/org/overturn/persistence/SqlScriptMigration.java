package org.overturn.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration read from {@code db/migration/VNNN__description.sql}; statements end with a semicolon
 * at line end.
 */
public final class SqlScriptMigration implements Migration {

    private final int version;
    private final String resource;

    public SqlScriptMigration(int version, String resource) {
        this.version = version;
        this.resource = resource;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String description() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    @Override
    public void apply(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : statements(load())) {
                st.executeUpdate(sql);
            }
        }
    }

    private String load() {
        try (InputStream in = SqlScriptMigration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}

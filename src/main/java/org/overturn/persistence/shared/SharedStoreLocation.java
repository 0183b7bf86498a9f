package org.overturn.persistence.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where a program's shared case store is: {@code postgresql://[user@]host[:port]/database} (issue
 * 18, ADR 0019). The connection requires TLS and checks the server's certificate and name ({@code
 * sslmode=verify-full}), unless the person explicitly allows a server on this computer (localhost),
 * which may then be reached without TLS. A password is never part of the address.
 */
public record SharedStoreLocation(String host, int port, String database, Optional<String> user) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");

    public SharedStoreLocation {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the port must be from 1 to 65535");
        }
    }

    /** Reads the address, or says in one line what is wrong with it. */
    public static SharedStoreLocation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no store address given");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a store address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw new IllegalArgumentException(
                    "a shared store's address starts postgresql:// (for example"
                            + " postgresql://server.example.org/overturn)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "the store address takes no options after ? or #: TLS is always required");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("the store address names no server");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException(
                    "the store address names no database (…/DATABASE, letters, digits, _ . -)");
        }
        Optional<String> user = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String info = uri.getUserInfo();
            if (info.contains(":")) {
                throw new IllegalArgumentException(
                        "a password is never put in the store address: give it with"
                                + " --password-file or --password-stdin");
            }
            if (!NAME.matcher(info).matches()) {
                throw new IllegalArgumentException("not a user name: " + info);
            }
            user = Optional.of(info);
        }
        return new SharedStoreLocation(
                uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort(), database, user);
    }

    /** The same store, logged in to as {@code name}. */
    public SharedStoreLocation withUser(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a user name: " + name);
        }
        return new SharedStoreLocation(host, port, database, Optional.of(name));
    }

    /** The same store, with no user named. */
    public SharedStoreLocation withoutUser() {
        return new SharedStoreLocation(host, port, database, Optional.empty());
    }

    /** The server is this computer. */
    public boolean local() {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost")
                || h.equals("127.0.0.1")
                || h.equals("[::1]")
                || h.equals("::1");
    }

    /** The address as shown to people: no password, ever. */
    @Override
    public String toString() {
        return "postgresql://"
                + user.map(u -> u + "@").orElse("")
                + host
                + (port == 5432 ? "" : ":" + port)
                + "/"
                + database;
    }

    /** The JDBC address. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * The driver's connection properties: TLS with the certificate and name checked, unless a
     * server on this computer was explicitly allowed ({@code allowLocalPlain}), which then uses TLS
     * only if the server offers it.
     */
    public Properties properties(String userName, String password, boolean allowLocalPlain) {
        return properties(userName, password, allowLocalPlain, Optional.empty());
    }

    /**
     * As {@link #properties(String, String, boolean)}, checking the server's certificate against
     * the certificate authority in {@code caFile} instead of the driver's default ({@code
     * ~/.postgresql/root.crt}).
     */
    public Properties properties(
            String userName, String password, boolean allowLocalPlain, Optional<Path> caFile) {
        if (allowLocalPlain && !local()) {
            throw new IllegalArgumentException(
                    "a connection without a checked certificate is allowed only to a server on"
                            + " this computer (localhost), not to "
                            + host);
        }
        Properties p = new Properties();
        p.setProperty("user", userName);
        p.setProperty("password", password);
        p.setProperty("sslmode", allowLocalPlain ? "prefer" : "verify-full");
        p.setProperty("ApplicationName", "Overturn");
        caFile.ifPresent(f -> p.setProperty("sslrootcert", f.toAbsolutePath().toString()));
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "60");
        return p;
    }
}

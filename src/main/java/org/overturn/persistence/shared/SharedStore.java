package org.overturn.persistence.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * An open connection to a program's shared case store (issue 18, ADR 0019): the address, the
 * person's login, and a few idle connections kept for the next call, so a save does not pay for a
 * TLS handshake each time. Opening checks that the server answers and that its schema is the one
 * this version of Overturn writes. The password is held only in memory, for this session.
 */
public final class SharedStore implements AutoCloseable {

    /** Idle connections kept for reuse; more are opened when needed and closed when returned. */
    private static final int IDLE = 2;

    /** How long a check of an idle connection may take before it is dropped, in seconds. */
    private static final int VALID_SECONDS = 2;

    private final SharedStoreLocation at;
    private final String user;
    private final Properties properties;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    private SharedStore(SharedStoreLocation at, String user, Properties properties) {
        this.at = at;
        this.user = user;
        this.properties = properties;
    }

    /**
     * Connects once, to check the server, the login and the schema version.
     *
     * @param user the login; the address's user name wins when it names one
     * @throws SharedStoreException with one line for the person when the store can't be used
     */
    public static SharedStore open(
            SharedStoreLocation at,
            String user,
            String password,
            boolean allowLocalPlain,
            Optional<Path> caFile) {
        String login = at.user().orElse(user);
        Properties p;
        try {
            p = at.properties(login, password, allowLocalPlain, caFile);
        } catch (IllegalArgumentException e) {
            throw new SharedStoreException(e.getMessage(), false, e);
        }
        SharedStore s = new SharedStore(at, login, p);
        try (Connection c = s.connect()) {
            int version = SharedStoreSchema.version(c);
            if (version == 0) {
                throw new SharedStoreException(
                        "The database at "
                                + at
                                + " is not an Overturn shared store yet: its owner runs"
                                + " overturn store init --store "
                                + at
                                + " first.",
                        false,
                        null);
            }
            if (version < SharedStoreSchema.VERSION) {
                throw new SharedStoreException(
                        "The shared store at "
                                + at
                                + " is at schema version "
                                + version
                                + "; this Overturn needs version "
                                + SharedStoreSchema.VERSION
                                + ". Its owner runs overturn store init to bring it up to date.",
                        false,
                        null);
            }
            if (version > SharedStoreSchema.VERSION) {
                throw new SharedStoreException(
                        "The shared store at "
                                + at
                                + " was made by a newer Overturn (schema version "
                                + version
                                + "); update Overturn on this computer.",
                        false,
                        null);
            }
        } catch (SQLException e) {
            throw SharedStoreException.of(at, e);
        }
        return s;
    }

    public SharedStoreLocation location() {
        return at;
    }

    /** The login the store was opened with. */
    public String user() {
        return user;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(at.jdbcUrl(), properties);
    }

    /**
     * The connections the adapters use: an idle one when there is one that still answers, else a
     * new one. Closing what it hands out returns it to the idle ones (rolled back, back to
     * auto-commit).
     *
     * @throws SharedStoreException (unchecked) when the server can't be reached
     */
    public PostgresCaseStore.Connections connections() {
        return this::borrow;
    }

    private Connection borrow() throws SQLException {
        while (true) {
            Connection c;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("the shared store was closed");
                }
                c = idle.pollFirst();
            }
            if (c == null) {
                try {
                    return pooled(connect());
                } catch (SQLException e) {
                    if (SharedStoreException.unreachable(e)) {
                        throw SharedStoreException.of(at, e);
                    }
                    throw e;
                }
            }
            if (c.isValid(VALID_SECONDS)) {
                return pooled(c);
            }
            quietly(c);
        }
    }

    private Connection pooled(Connection real) {
        InvocationHandler h = new Handed(real);
        return (Connection)
                Proxy.newProxyInstance(
                        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    /** A connection handed out: closing it gives the real one back. */
    private final class Handed implements InvocationHandler {
        private final Connection real;
        private boolean returned;

        Handed(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            switch (m.getName()) {
                case "close":
                    if (!returned) {
                        returned = true;
                        giveBack(real);
                    }
                    return null;
                case "isClosed":
                    return returned || real.isClosed();
                case "unwrap":
                    if (args[0] instanceof Class<?> k && k.isInstance(real)) {
                        return real;
                    }
                    break;
                default:
                    break;
            }
            if (returned) {
                throw new SQLException("connection already closed");
            }
            try {
                return m.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private void giveBack(Connection real) {
        try {
            if (real.isClosed()) {
                return;
            }
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
        } catch (SQLException e) {
            quietly(real);
            return;
        }
        synchronized (this) {
            if (!closed && idle.size() < IDLE) {
                idle.addFirst(real);
                return;
            }
        }
        quietly(real);
    }

    /**
     * Listens for changes to cases made by anyone (the database announces each on the channel
     * {@code overturn_case}) and hands each changed case's id to {@code changed}, on a daemon
     * thread of its own, until the returned handle is closed. A lost connection is opened again
     * after a pause; {@code changed} then gets {@code -1}: something may have changed meanwhile.
     */
    public AutoCloseable listen(LongConsumer changed) {
        Listener l = new Listener(changed);
        Thread t = new Thread(l, "overturn-store-listener");
        t.setDaemon(true);
        t.start();
        return l;
    }

    private final class Listener implements Runnable, AutoCloseable {
        private final LongConsumer changed;
        private volatile boolean stopped;
        private volatile Connection current;

        Listener(LongConsumer changed) {
            this.changed = changed;
        }

        @Override
        public void run() {
            boolean first = true;
            while (!stopped) {
                try (Connection c = connect()) {
                    current = c;
                    try (Statement s = c.createStatement()) {
                        s.execute("LISTEN overturn_case");
                    }
                    if (!first) {
                        changed.accept(-1);
                    }
                    first = false;
                    PGConnection pg = c.unwrap(PGConnection.class);
                    while (!stopped) {
                        PGNotification[] got = pg.getNotifications(1_000);
                        if (got == null) {
                            continue;
                        }
                        for (PGNotification n : got) {
                            try {
                                changed.accept(Long.parseLong(n.getParameter().trim()));
                            } catch (NumberFormatException ignored) {
                                // not one of ours
                            }
                        }
                    }
                } catch (SQLException e) {
                    if (!stopped) {
                        pause();
                    }
                } finally {
                    current = null;
                }
            }
        }

        private void pause() {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                stopped = true;
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            stopped = true;
            Connection c = current;
            if (c != null) {
                quietly(c);
            }
        }
    }

    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(SharedStore::quietly);
    }

    private static void quietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // going away anyway
        }
    }
}

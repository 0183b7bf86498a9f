package org.overturn.core;

import java.nio.file.Path;
import java.util.Optional;
import org.overturn.persistence.shared.SharedStoreLocation;

/**
 * Where the cases are kept: the local SQLite file in the data folder (the default), or a program's
 * shared store on PostgreSQL (issue 18, ADR 0019), chosen by {@code --store}, {@code
 * OVERTURN_STORE} or Settings → Case store.
 */
public sealed interface StoreLocation permits StoreLocation.Local, StoreLocation.Shared {

    /** The database file in the data folder. */
    record Local() implements StoreLocation {
        @Override
        public String toString() {
            return "local";
        }
    }

    /**
     * A shared store: its address, whether a server on this computer may be reached without a
     * checked certificate, and the certificate authority to check the server's against.
     */
    record Shared(SharedStoreLocation address, boolean allowLocalPlain, Optional<Path> caFile)
            implements StoreLocation {
        public Shared {
            if (allowLocalPlain && !address.local()) {
                throw new IllegalArgumentException(
                        "a connection without a checked certificate is allowed only to a server on"
                                + " this computer (localhost), not to "
                                + address.host());
            }
        }

        @Override
        public String toString() {
            return address.toString();
        }
    }

    static StoreLocation local() {
        return new Local();
    }

    /**
     * Reads a store as given on the command line or in the settings: empty or {@code local} is the
     * local store, anything else must be a {@code postgresql://} address.
     *
     * @throws IllegalArgumentException with one line saying what is wrong
     */
    static StoreLocation parse(String text, boolean allowLocalPlain, Optional<Path> caFile) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("local")) {
            if (allowLocalPlain || caFile.isPresent()) {
                throw new IllegalArgumentException(
                        "the TLS options are for a shared store (--store postgresql://…)");
            }
            return local();
        }
        return new Shared(SharedStoreLocation.parse(text), allowLocalPlain, caFile);
    }

    /** The store as shown on screen: its address without a user name, or "local". */
    default String shown() {
        return this instanceof Shared s ? s.address().withoutUser().toString() : toString();
    }

    /** Whether this is a shared store. */
    default boolean shared() {
        return this instanceof Shared;
    }
}

package org.overturn.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.overturn.core.StoreLocation;

/**
 * Which case store the app opens (issue 18): {@code --store} on its command line, else {@code
 * OVERTURN_STORE}, else Settings → Case store (kept in the preferences, without any password), else
 * the local store. TLS options go with the store that names them.
 */
public final class StoreChoice {

    static final String NODE = "store";
    static final String URI = "uri";
    static final String ALLOW_LOCAL_PLAIN = "allowLocalPlain";
    static final String CA_FILE = "caFile";

    private StoreChoice() {}

    /**
     * The store the app opens.
     *
     * @throws IllegalArgumentException with one line when what is given does not name a store
     */
    public static StoreLocation resolve(
            List<String> args, Optional<String> environment, Preferences prefs) {
        Optional<String> given = argument(args, "--store");
        if (given.isPresent()) {
            return StoreLocation.parse(
                    given.get(),
                    args.contains("--store-allow-local-plain"),
                    argument(args, "--store-ca-file").map(Path::of));
        }
        if (environment.filter(s -> !s.isBlank()).isPresent()) {
            return StoreLocation.parse(environment.get(), false, Optional.empty());
        }
        return saved(prefs);
    }

    /** What Settings → Case store saved; the local store when nothing (or nothing usable) was. */
    public static StoreLocation saved(Preferences prefs) {
        Preferences node = prefs.node(NODE);
        String uri = node.get(URI, "");
        if (uri.isBlank()) {
            return StoreLocation.local();
        }
        try {
            return StoreLocation.parse(
                    uri,
                    node.getBoolean(ALLOW_LOCAL_PLAIN, false),
                    Optional.of(node.get(CA_FILE, "")).filter(s -> !s.isBlank()).map(Path::of));
        } catch (IllegalArgumentException e) {
            return StoreLocation.local();
        }
    }

    /** Keeps the choice for the next start (never a password). */
    public static void save(Preferences prefs, StoreLocation store) {
        Preferences node = prefs.node(NODE);
        if (store instanceof StoreLocation.Shared s) {
            node.put(URI, s.address().toString());
            node.putBoolean(ALLOW_LOCAL_PLAIN, s.allowLocalPlain());
            node.put(CA_FILE, s.caFile().map(Path::toString).orElse(""));
        } else {
            node.remove(URI);
            node.remove(ALLOW_LOCAL_PLAIN);
            node.remove(CA_FILE);
        }
    }

    private static Optional<String> argument(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (a.startsWith(name + "=")) {
                return Optional.of(a.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}

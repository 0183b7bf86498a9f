package org.overturn.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.overturn.files.OwnerOnly;

/**
 * Where SQLite's native library comes from. Left to itself, the driver runs {@code uname} from
 * {@code $PATH} to tell Android from Linux and unpacks its library into the shared temporary folder
 * on every start. The installed app names its own copy ({@code org.sqlite.lib.path}); a jar run
 * gets the same here: the library is copied once into the data folder's {@code lib/} (owner-only,
 * like the rest of the folder), checked against the driver's jar entry (size and CRC-32) at each
 * start, and the driver is told to load it from there. Platforms without a bundled build we know
 * (musl, Android, other processors) keep the driver's own way.
 */
public final class SqliteNative {

    /** The driver's properties: where its library is and what it is called. */
    static final String PATH_PROPERTY = "org.sqlite.lib.path";

    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static final System.Logger LOG = System.getLogger(SqliteNative.class.getName());
    private static volatile boolean done;

    private SqliteNative() {}

    /**
     * Points the driver at the data folder's copy of its library, making or repairing the copy
     * first; once per run, before the first connection. Does nothing if the library's place is
     * already set (the installed app) or if this platform has no bundled build we know; a copy that
     * can't be made is logged and the driver's own way used.
     */
    public static synchronized void useCopyIn(Path libFolder) {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Optional<String> resource =
                resource(
                        System.getProperty("os.name", ""),
                        System.getProperty("os.arch", ""),
                        Files.exists(Path.of("/etc/alpine-release")) || hasMuslLoader());
        if (resource.isEmpty()) {
            return;
        }
        try {
            Path lib = copy(resource.get(), libFolder);
            System.setProperty(PATH_PROPERTY, lib.getParent().toString());
            System.setProperty(NAME_PROPERTY, lib.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "SQLite's library could not be kept in "
                            + libFolder
                            + "; the driver unpacks its own: "
                            + e.getMessage());
        }
    }

    /**
     * The driver's resource for this platform, or empty where we leave the choice to the driver.
     */
    static Optional<String> resource(String osName, String osArch, boolean musl) {
        String arch =
                switch (osArch.toLowerCase(Locale.ROOT)) {
                    case "amd64", "x86_64", "x64" -> "x86_64";
                    case "aarch64", "arm64" -> "aarch64";
                    default -> null;
                };
        if (arch == null) {
            return Optional.empty();
        }
        if (osName.startsWith("Windows")) {
            return Optional.of("org/sqlite/native/Windows/" + arch + "/sqlitejdbc.dll");
        }
        if (osName.startsWith("Mac") || osName.startsWith("Darwin")) {
            return Optional.of("org/sqlite/native/Mac/" + arch + "/libsqlitejdbc.dylib");
        }
        if (osName.equals("Linux")
                && !musl
                && !System.getProperty("java.runtime.name", "")
                        .toLowerCase(Locale.ROOT)
                        .contains("android")) {
            return Optional.of("org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so");
        }
        return Optional.empty();
    }

    private static boolean hasMuslLoader() {
        try (var s = Files.list(Path.of("/lib"))) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("ld-musl-"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The checked copy: {@code lib/sqlite-<CRC-32>-<size>/<name>}, named by the driver's entry so
     * app versions sharing a folder keep their own. A copy whose size or CRC-32 differs from the
     * driver's entry (damaged, replaced by another build) is written again from the driver's jar.
     *
     * <p>The jar's directory already holds each entry's CRC-32 and size, so a good copy is checked
     * without inflating the driver's library or hashing it: a cold start spent 80 ms of processor
     * time on that (issue 15). CRC-32 finds damage and a different build; it is not proof against a
     * deliberate forgery, but the folder is the owner's alone, and whoever can write in it can
     * already run programs as that user.
     */
    static Path copy(String resource, Path libFolder) throws IOException {
        Fingerprint driver = fingerprint(resource);
        Path folder =
                libFolder.resolve(
                        String.format(Locale.ROOT, "sqlite-%08x-%d", driver.crc(), driver.size()));
        Path lib = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        if (Files.isRegularFile(lib, LinkOption.NOFOLLOW_LINKS)
                && Files.size(lib) == driver.size()
                && crc32(Files.readAllBytes(lib)) == driver.crc()) {
            return lib;
        }
        byte[] bytes = read(resource);
        if (bytes.length != driver.size() || crc32(bytes) != driver.crc()) {
            throw new IOException(
                    "the driver's "
                            + resource
                            + " does not match its checksum in the driver's jar");
        }
        // Not DurableFiles.write: several processes starting at once on a fresh folder write this
        // same file, and
        // DurableFiles clears other writers' part files as stale (ParallelProcessesTest). Each
        // writes its own part
        // and renames it over the target; any of the identical copies may win.
        OwnerOnly.folder(folder);
        Path part = Files.createTempFile(folder, ".lib-", ".part");
        try {
            Files.write(part, bytes);
            OwnerOnly.restrict(part);
            Files.move(
                    part, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return lib;
    }

    /**
     * The driver's library as its jar's directory describes it: CRC-32 and size, read without
     * inflating it.
     */
    record Fingerprint(long crc, long size) {}

    static Fingerprint fingerprint(String resource) throws IOException {
        URL url = SqliteNative.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException("the driver has no " + resource);
        }
        if (url.openConnection() instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            if (entry != null && entry.getCrc() != -1 && entry.getSize() != -1) {
                return new Fingerprint(entry.getCrc(), entry.getSize());
            }
        }
        byte[] bytes = read(resource); // not from a jar (classes in a folder): measured instead
        return new Fingerprint(crc32(bytes), bytes.length);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = SqliteNative.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the driver has no " + resource);
            }
            return in.readAllBytes();
        }
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}

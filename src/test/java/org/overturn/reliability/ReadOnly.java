package org.overturn.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * Makes a file or folder read-only for the test, and undoes it. Run as root, permissions are not
 * checked, so the file system's immutable flag ({@code chattr +i}) stands in for them; an ordinary
 * user gets {@code chmod a-w}.
 */
final class ReadOnly {

    private static final Deque<Runnable> UNDO = new ArrayDeque<>();

    private ReadOnly() {}

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    static void make(Path p) throws Exception {
        if (root()) {
            Process chattr =
                    new ProcessBuilder("chattr", "+i", p.toString())
                            .redirectErrorStream(true)
                            .start();
            String out = new String(chattr.getInputStream().readAllBytes());
            if (chattr.waitFor() != 0) {
                throw new TestAbortedException(
                        "cannot make " + p + " read-only as root: " + out.strip());
            }
            UNDO.push(() -> run("chattr", "-i", p.toString()));
            return;
        }
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(p);
        Files.setPosixFilePermissions(
                p,
                PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-x------" : "r--------"));
        UNDO.push(
                () -> {
                    try {
                        Files.setPosixFilePermissions(p, before);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    static void undo() {
        while (!UNDO.isEmpty()) {
            UNDO.pop().run();
        }
    }

    private static void run(String... cmd) {
        try {
            new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.overturn.reliability;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A separate Java process on the test's own class path, so the reliability tests kill and race real
 * processes without needing the packaged jar. Started lean (one compiler tier, a small heap) since
 * the tests start hundreds of them.
 */
final class ChildJvm {

    private ChildJvm() {}

    static String java() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Surefire runs the tests from a manifest-only jar; the real class path is in this property
     * then.
     */
    static String classPath() {
        String all =
                System.getProperty(
                        "surefire.test.class.path", System.getProperty("java.class.path"));
        // SLF4J comes with a test library, not with the app, and would warn on stderr that it has
        // nowhere to log.
        return Arrays.stream(all.split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * The command for {@code main} with {@code args}. {@code scratch} takes the temporary files
     * (SQLite's native library is unpacked there, and a killed process leaves it behind).
     */
    static List<String> command(Path scratch, String main, String... args) {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                java(),
                                "-cp",
                                classPath(),
                                "-XX:TieredStopAtLevel=1",
                                "-XX:+UseSerialGC",
                                "-Xmx256m",
                                "-Xshare:auto",
                                "-Djava.io.tmpdir=" + scratch,
                                "-Dorg.sqlite.tmpdir=" + scratch,
                                "-Djava.awt.headless=true",
                                "-Dfile.encoding=UTF-8",
                                "-Djava.util.prefs.userRoot=" + scratch.resolve("prefs"),
                                main));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The app's own command line ({@code org.overturn.Launcher}) with {@code args}. */
    static List<String> overturn(Path scratch, String... args) {
        return command(scratch, "org.overturn.Launcher", args);
    }
}

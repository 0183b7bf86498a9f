package org.overturn.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.overturn.cli.OverturnCli;

/**
 * The Linux package's direct start ({@code installer/linux/overturn}) names the app's
 * class-data-sharing archive exactly when the arguments open the app, by the rule {@link
 * OverturnCli#desktopArgs} applies, and passes the arguments on unchanged. Run with a stand-in
 * {@code java} that prints what it was given, in an image laid out as jpackage lays it out.
 */
class LinuxLauncherTest {

    @TempDir Path tmp;

    private Path image;

    static Stream<Arguments> argumentLists() {
        return Stream.of(
                        List.<String>of(),
                        List.of("--data-dir", "/home/a/Overturn data"),
                        List.of("--data-dir=/tmp/d"),
                        List.of(
                                "--store",
                                "postgresql://db.example/overturn",
                                "--store-allow-local-plain"),
                        List.of("--store-ca-file", "/etc/ca.pem", "--data-dir", "d", "--store=x"),
                        List.of("--data-dir", "case"),
                        List.of("--data-dir"),
                        List.of("case", "list"),
                        List.of("--data-dir", "d", "export", "p2p", "1", "--out", "a b.pdf"),
                        List.of("--version"),
                        List.of("-h"),
                        List.of("snapshot", "--out", "shots"),
                        List.of("--store-allow-local-plain", "store", "init"))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("argumentLists")
    void namesTheAppsArchiveExactlyWhenTheArgumentsOpenTheApp(List<String> args)
            throws IOException, InterruptedException {
        Path app = layOutImage();
        List<String> command = new ArrayList<>(List.of("sh", app.resolve("overturn").toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS), "sh did not finish");
        List<String> given =
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
        assertEquals(0, p.exitValue(), String.join("\n", given));

        String archive =
                OverturnCli.wantsDesktop(args.toArray(String[]::new))
                        ? "overturn-app.jsa"
                        : "overturn.jsa";
        List<String> expected = new ArrayList<>();
        expected.add("-Dfile.encoding=UTF-8");
        expected.add("-Xshare:auto");
        expected.add("-XX:SharedArchiveFile=" + app.resolve(archive));
        expected.add("-cp");
        expected.add(app.resolve("overturn.jar") + ":" + app.resolve("picocli.jar"));
        expected.add("org.overturn.Launcher");
        expected.addAll(args);
        assertEquals(expected, given);
    }

    /** lib/app (the script, Overturn.cfg) and lib/runtime/bin/java, which prints its arguments. */
    private Path layOutImage() throws IOException {
        image = tmp.toRealPath();
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path bin = Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.copy(Path.of("installer/linux/overturn"), app.resolve("overturn"));
        Files.writeString(
                app.resolve("Overturn.cfg"),
                String.join(
                        "\n",
                        "[Application]",
                        "app.classpath=$APPDIR/overturn.jar",
                        "app.classpath=$APPDIR/picocli.jar",
                        "app.mainclass=org.overturn.Launcher",
                        "",
                        "[JavaOptions]",
                        "java-options=-Dfile.encoding=UTF-8",
                        "java-options=-XX:SharedArchiveFile=$APPDIR/overturn-app.jsa",
                        "java-options=-Xshare:auto",
                        ""));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return app;
    }
}

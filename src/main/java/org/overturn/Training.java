package org.overturn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.overturn.app.HeadlessPlatform;
import org.overturn.app.OverturnApp;
import org.overturn.cli.OverturnCli;
import org.overturn.core.SampleCases;

/**
 * The training runs the class-data-sharing archives are recorded from (bench/make-cds.sh, the Linux
 * package's {@code make-archives}). Not a command: run as {@code java
 * -XX:ArchiveClassesAtExit=ARCHIVE -cp overturn.jar org.overturn.Training KIND [--sample] DATA
 * OUT}, where KIND is
 *
 * <ul>
 *   <li>{@code commands}: a case list and both exports of a sample, in one process, so one archive
 *       (overturn.jsa) holds the classes of each;
 *   <li>{@code app}: the app started and its Cases screen shown, then closed (overturn-app.jsa).
 *       With no display it runs on the headless platform.
 * </ul>
 *
 * Two archives, not one: this JDK maps an archive at a random address and rewrites its pointers at
 * every start, a cost that grows with the whole archive (about 5 ms a megabyte here), while a start
 * gains only from the classes it uses. The commands' classes in the app's archive, or the screens'
 * in the commands', made each start slower (issue 15). DATA holds one sample case, or {@code
 * --sample} imports the app's own sample into it first (the installer's run, which has no sample
 * file beside it).
 */
public final class Training {

    private Training() {}

    public static void main(String[] args) {
        List<String> a = List.of(args);
        boolean sample = a.size() == 4 && a.get(1).equals("--sample");
        if ((a.size() != 3 && !sample) || !List.of("commands", "app").contains(a.get(0))) {
            System.err.println("usage: Training commands|app [--sample] DATA-FOLDER OUTPUT-FOLDER");
            System.exit(2);
        }
        String data = a.get(sample ? 2 : 1);
        Path out = Path.of(a.get(sample ? 3 : 2));
        int failures = sample ? importSample(data, out) : 0;
        if (a.get(0).equals("app")) {
            app(data, out);
        } else {
            failures += commands(data, out);
        }
        // The archive is written as the JVM exits.
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int importSample(String data, Path out) {
        try {
            Path file = out.resolve("sample.json");
            Files.writeString(file, SampleCases.text(SampleCases.ALL.get(0)));
            return run(data, "case", "import", file.toString());
        } catch (IOException e) {
            System.err.println("Training: " + e.getMessage());
            System.exit(1);
            return 1;
        }
    }

    private static int commands(String data, Path out) {
        return run(data, "case", "list")
                + run(data, "export", "p2p", "1", "--out", out.resolve("p2p.pdf").toString())
                + run(data, "export", "packet", "1", "--out", out.resolve("packet.pdf").toString());
    }

    /**
     * The app's start as a clinician's: the window shown over the data folder's cases, then closed
     * by the start-up probe. The preferences are a fresh folder's, so the training neither reads
     * nor changes those of the person installing, nor opens a shared store chosen there.
     */
    private static void app(String data, Path out) {
        System.setProperty("java.util.prefs.userRoot", out.resolve("prefs").toString());
        System.setProperty("overturn.startupProbe", "true");
        HeadlessPlatform.useWithoutDisplay(false);
        OverturnApp.launchDesktop(new String[] {"--data-dir", data, "--store", "local"});
        System.out.println("app: the Cases screen shown and closed");
    }

    /** 0 when the command succeeded, else 1. */
    private static int run(String data, String... command) {
        String[] full = new String[command.length + 2];
        full[0] = "--data-dir";
        full[1] = data;
        System.arraycopy(command, 0, full, 2, command.length);
        int code = OverturnCli.run(full);
        System.out.println(String.join(" ", command) + ": exit " + code);
        return code == 0 ? 0 : 1;
    }
}

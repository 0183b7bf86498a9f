package org.overturn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.overturn.core.SampleCases;

/**
 * The training run the class-data-sharing archive is recorded from (bench/make-cds.sh, the
 * installer build): in one process, what a clinician starts with, so the archive holds the classes
 * of each. Not a command: run as {@code java -XX:ArchiveClassesAtExit=overturn.jsa -cp overturn.jar
 * org.overturn.cli.Training DATA OUT} over a data folder holding one sample case, or with {@code
 * --sample} first to import the app's own sample into DATA (the installer's run).
 */
public final class Training {

    private Training() {}

    public static void main(String[] args) {
        boolean sample = args.length == 3 && args[0].equals("--sample");
        if (args.length != 2 && !sample) {
            System.err.println("usage: Training [--sample] DATA-FOLDER OUTPUT-FOLDER");
            System.exit(2);
        }
        String data = args[sample ? 1 : 0];
        Path out = Path.of(args[sample ? 2 : 1]);
        int failures = 0;
        if (sample) {
            // The installer's run has no sample file beside it: the one the app ships, written out
            // and imported.
            try {
                Path file = out.resolve("sample.json");
                Files.writeString(file, SampleCases.text(SampleCases.ALL.get(0)));
                failures +=
                        OverturnCli.run(
                                                new String[] {
                                                    "--data-dir",
                                                    data,
                                                    "case",
                                                    "import",
                                                    file.toString()
                                                })
                                        == 0
                                ? 0
                                : 1;
            } catch (IOException e) {
                System.err.println("Training: " + e.getMessage());
                System.exit(1);
            }
        }
        for (String[] command :
                new String[][] {
                    {"case", "list"},
                    {"export", "p2p", "1", "--out", out.resolve("p2p.pdf").toString()},
                    {"export", "packet", "1", "--out", out.resolve("packet.pdf").toString()},
                    {"snapshot", "--case", "1", "--out", out.resolve("screens").toString()}
                }) {
            String[] full = new String[command.length + 2];
            full[0] = "--data-dir";
            full[1] = data;
            System.arraycopy(command, 0, full, 2, command.length);
            int code = OverturnCli.run(full);
            System.out.println(String.join(" ", command) + ": exit " + code);
            failures += code == 0 ? 0 : 1;
        }
        // The archive is written as the JVM exits.
        System.exit(failures == 0 ? 0 : 1);
    }
}

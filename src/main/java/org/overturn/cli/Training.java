package org.overturn.cli;

import java.nio.file.Path;

/**
 * The training run the class-data-sharing archive is recorded from (bench/make-cds.sh, the installer build): in one
 * process, what a clinician starts with, so the archive holds the classes of each. Not a command: run as
 * {@code java -XX:ArchiveClassesAtExit=overturn.jsa -cp overturn.jar org.overturn.cli.Training DATA OUT} over a data
 * folder holding one sample case.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Training DATA-FOLDER OUTPUT-FOLDER");
            System.exit(2);
        }
        String data = args[0];
        Path out = Path.of(args[1]);
        int failures = 0;
        for (String[] command : new String[][] {
            {"case", "list"},
            {"export", "p2p", "1", "--out", out.resolve("p2p.pdf").toString()},
            {"export", "packet", "1", "--out", out.resolve("packet.pdf").toString()},
            {"snapshot", "--case", "1", "--out", out.resolve("screens").toString()}}) {
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

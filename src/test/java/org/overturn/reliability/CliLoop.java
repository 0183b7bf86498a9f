package org.overturn.reliability;

import org.overturn.cli.OverturnCli;

/**
 * A child process for {@link KillLoopTest}: runs the real command line over and over, as a
 * clinician's script would, until it is killed. Each command opens the data folder anew, as a
 * separate {@code overturn} process does. A line {@code @import} or {@code @export} before each
 * command says what is under way; {@code case import} prints the new case's id once it is
 * committed.
 *
 * <p>Arguments: the data folder, the case file, where to write the packet, and optionally {@code
 * import-only} (imports alone, one after another) or {@code export-first} (begin with an export of
 * case 1 rather than an import).
 */
public final class CliLoop {

    private CliLoop() {}

    public static void main(String[] args) {
        String data = args[0];
        String caseFile = args[1];
        String packet = args[2];
        String mode = args.length > 3 ? args[3] : "both";
        System.out.println("@start");
        for (int i = 0; ; i++) {
            if (!mode.equals("export-first") || i > 0) {
                System.out.println("@import");
                OverturnCli.run(
                        new String[] {
                            "--data-dir", data, "case", "import", "--allow-duplicate", caseFile
                        });
            }
            if (!mode.equals("import-only")) {
                System.out.println("@export");
                OverturnCli.run(
                        new String[] {
                            "--data-dir", data, "export", "packet", "1", "--out", packet
                        });
            }
            System.out.println("@done " + i);
        }
    }
}

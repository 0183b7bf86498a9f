package org.overturn.reliability;

import org.overturn.cli.OverturnCli;

/**
 * A child process for {@link ParallelProcessesTest}: imports each file given, one after another,
 * through the real command line (each import opens the data folder anew, as a separate {@code
 * overturn case import} does), and prints {@code @exit N} after each.
 *
 * <p>Arguments: the data folder, then the case files.
 */
public final class ImportMany {

    private ImportMany() {}

    public static void main(String[] args) {
        for (int i = 1; i < args.length; i++) {
            int code =
                    OverturnCli.run(
                            new String[] {"--data-dir", args[0], "case", "import", args[i]});
            System.out.println("@exit " + code);
        }
    }
}

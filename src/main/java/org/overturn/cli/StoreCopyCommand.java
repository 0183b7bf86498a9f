package org.overturn.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.StoreCopy;
import org.overturn.core.StoreLocation;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.shared.NotPermittedException;
import org.overturn.persistence.shared.SharedStoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code store copy --from local --to postgresql://…}: every case of this computer's store, with
 * its documents, into a shared store (ADR 0019 point 8), one case at a time, each whole or not at
 * all. The source is only read.
 */
@Command(
        name = "copy",
        description =
                "Copy every case of this computer's store (the data folder's database), with its"
                        + " enclosures and sent copies, into a shared store: each case whole, its"
                        + " documents' checksums compared after it lands. Nothing is deleted from"
                        + " this computer. Run again, it copies only the cases not yet there. Run"
                        + " it as an administrator of the shared store: only an administrator may"
                        + " add the payers the cases name to the shared directory.")
final class StoreCopyCommand implements Callable<Integer> {

    @ParentCommand StoreCommand parent;

    @Spec CommandSpec spec;

    @Option(
            names = "--from",
            paramLabel = "STORE",
            required = true,
            description = "local: this computer's store, in the data folder (--data-dir).")
    String from;

    @Option(
            names = "--to",
            paramLabel = "URI",
            required = true,
            description = "The shared store: postgresql://[user@]host[:port]/database.")
    String to;

    @Mixin SharedStoreOptions shared;

    @Override
    public Integer call() {
        // Everything the options say is checked before either store is opened.
        if (!from.strip().equalsIgnoreCase("local")) {
            throw new CliInputException(
                    "--from: store copy copies from local (this computer's store) only, not "
                            + from);
        }
        SharedStoreLocation at = shared.location(to);
        String password = shared.password("store copy");
        OverturnCommand root = parent.root;
        AppPaths paths = AppPaths.resolve(root.dataDir());
        if (!Files.isRegularFile(paths.database())) {
            throw new CliInputException(
                    "there is no local store in "
                            + paths.dataDir()
                            + " to copy (no "
                            + AppPaths.DATABASE_FILE
                            + "); give its data folder with --data-dir");
        }
        CoreServices source =
                CliServices.open(
                        root.dataDir(), StoreLocation.local(), CoreServices.StorePassword.NONE);
        CoreServices target =
                CliServices.open(
                        root.dataDir(),
                        new StoreLocation.Shared(at, shared.allowLocalPlain, shared.caFile()),
                        (a, user) -> password);
        PrintWriter out = spec.commandLine().getOut();
        StoreCopy.Result r;
        try {
            r = new StoreCopy(source, target).run(o -> out.println(line(o)));
        } catch (StoreCopy.Stopped e) {
            out.flush();
            long copied = e.done().stream().filter(o -> o instanceof StoreCopy.Copied).count();
            String message =
                    "store copy stopped: "
                            + e.getMessage()
                            + (e.getMessage().endsWith(".") ? "" : ".")
                            + " "
                            + copiedBefore(copied, at)
                            + "; nothing was deleted from this computer.";
            if (e.refusedByTarget()
                    && e.getCause() instanceof DatabaseException d
                    && !(d instanceof NotPermittedException)) {
                throw new DatabaseException(message, e);
            }
            throw new CliInputException(message, e);
        }
        out.println(
                r.read()
                        + (r.read() == 1 ? " case" : " cases")
                        + " read from this computer's store: "
                        + r.copied()
                        + " copied to "
                        + at
                        + " with "
                        + documents(r.documents())
                        + ", "
                        + r.alreadyThere()
                        + " already there; nothing was deleted from this computer.");
        return ExitCodes.DONE;
    }

    private static String line(StoreCopy.Outcome o) {
        if (o instanceof StoreCopy.Copied c) {
            return "case "
                    + c.from()
                    + " → "
                    + c.to()
                    + ": "
                    + documents(c.documents())
                    + (c.documents() == 0
                            ? ""
                            : c.documents() == 1 ? ", checksum matches" : ", checksums match");
        }
        return "case " + o.from() + ": already in the store as case " + o.to();
    }

    private static String documents(int n) {
        return n == 0 ? "no documents" : n == 1 ? "1 document" : n + " documents";
    }

    private static String copiedBefore(long n, SharedStoreLocation at) {
        return n == 0
                ? "No case was copied before it"
                : (n == 1 ? "The 1 case" : "The " + n + " cases")
                        + " copied before it, each whole, stay in "
                        + at;
    }
}

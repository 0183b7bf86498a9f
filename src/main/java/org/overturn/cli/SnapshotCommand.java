package org.overturn.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.core.CoreServices;
import org.overturn.app.SnapshotRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code snapshot --out DIR [--case ID]}: one PNG per main screen. */
@Command(name = "snapshot", description = "Write a PNG of each main screen (works with no display).")
public final class SnapshotCommand implements Callable<Integer> {

    @ParentCommand OverturnCommand root;
    @Spec CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files.") Path out;
    @Option(names = "--case", paramLabel = "ID", description = "The case whose sections are shown (default: the newest).")
    String caseId;

    @Override
    public Integer call() throws Exception {
        Optional<Long> id = caseId == null ? Optional.empty() : Optional.of(CaseCommand.parseId(caseId));
        CoreServices core = CliServices.open(root.dataDir());
        if (id.isPresent() && core.cases().find(id.get()).isEmpty()) {
            throw new CliInputException("no case with id " + id.get());
        }
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new CliInputException(out + " is a file, not a folder");
        }
        List<Path> files = SnapshotRunner.run(core, out, id);
        for (Path f : files) {
            spec.commandLine().getOut().println(f);
        }
        return ExitCodes.DONE;
    }
}

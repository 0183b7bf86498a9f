package org.overturn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.app.SnapshotRunner;
import org.overturn.core.CoreServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code snapshot --out DIR [--case ID]}: one PNG per main screen. */
@Command(
        name = "snapshot",
        description = "Write a PNG of each main screen (works with no display).")
public final class SnapshotCommand implements Callable<Integer> {

    @ParentCommand OverturnCommand root;
    @Spec CommandSpec spec;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for the PNG files.")
    Path out;

    @Option(
            names = "--case",
            paramLabel = "ID",
            description = "The case whose sections are shown (default: the newest).")
    String caseId;

    @Option(
            names = "--size",
            paramLabel = "WxH",
            defaultValue = "1280x800",
            description = "Window size in pixels (default ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() throws Exception {
        Optional<Long> id =
                caseId == null ? Optional.empty() : Optional.of(CaseCommand.parseId(caseId));
        CoreServices core = CliServices.open(root);
        id.ifPresent(i -> CaseCommand.stored(core, i));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliInputException(out + " is a file, not a folder");
        }
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        double w;
        double h;
        try {
            w = Double.parseDouble(wh[0]);
            h = Double.parseDouble(wh[1]);
        } catch (RuntimeException e) {
            throw new CliInputException("--size must look like 1920x1080, not '" + size + "'");
        }
        if (w < 800 || h < 600 || w > 2560 || h > 1600) {
            throw new CliInputException("--size must be between 800x600 and 2560x1600");
        }
        List<Path> files = SnapshotRunner.run(core, out, id, w, h);
        for (Path f : files) {
            spec.commandLine().getOut().println(f);
        }
        return ExitCodes.DONE;
    }
}

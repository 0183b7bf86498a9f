package org.overturn.ui.main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.overturn.export.AtomicFile;
import org.overturn.files.OwnerOnly;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * When the open case can't be saved as the window closes (a shared store that cannot be reached),
 * its version is written as a case file into the data folder's {@code unsaved} folder, readable by
 * its owner only, so nothing typed is lost: File → Import case brings it back.
 */
final class UnsavedCopy {

    static final String FOLDER = "unsaved";

    private UnsavedCopy() {}

    /** Writes the workspace's case; the file written. */
    static Path keep(UiServices ctx, WorkspaceViewModel w) throws IOException {
        Path dir = OwnerOnly.folder(ctx.core().paths().dataDir().resolve(FOLDER));
        String stamp =
                LocalDateTime.now(ctx.clock())
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = dir.resolve("case-" + w.caseId() + "-" + stamp + ".json");
        Optional<org.overturn.domain.cases.Payer> payer = w.payer();
        AtomicFile.write(
                ctx.core().caseFileText(w.caseFile(), payer).getBytes(StandardCharsets.UTF_8),
                file);
        OwnerOnly.restrict(file);
        return file;
    }
}

package org.overturn.ui.clock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.overturn.app.AppContext;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.ui.opencase.CaseSession;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxToolkit;

/** An open case over a real data folder and a fixed clock, for view-model tests (no window). */
final class Workspaces {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** Thursday 26 November 2026, 10:00 in New York. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZONE);

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private Workspaces() {}

    /** Saves report back through the FX thread, so the toolkit must run (headless in the tests). */
    static void startFx() throws Exception {
        // Start the toolkit the way TestFX does, so UI tests that run later in the same JVM find it
        // as they expect.
        FxToolkit.registerPrimaryStage();
    }

    private record Open(WorkspaceViewModel workspace, AppContext ctx, Preferences prefs) {}

    private static final List<Open> OPEN = new ArrayList<>();

    static WorkspaceViewModel open(Path dir, CaseFile c) throws Exception {
        startFx();
        CoreServices core = CoreServices.open(new AppPaths(dir), CLOCK);
        Preferences prefs = Preferences.userRoot().node("org/overturn/test/" + UUID.randomUUID());
        AppContext ctx = new AppContext(core, prefs, 10);
        WorkspaceViewModel w =
                new WorkspaceViewModel(CaseSession.of(ctx), core.cases().create(c), List.of());
        OPEN.add(new Open(w, ctx, prefs));
        return w;
    }

    /**
     * Writes what is pending and stops the workers, so nothing writes into a temp folder being
     * deleted.
     */
    static void closeAll() throws Exception {
        for (Open o : OPEN) {
            o.workspace().flush();
            o.ctx().close();
            o.prefs().removeNode();
        }
        OPEN.clear();
    }
}

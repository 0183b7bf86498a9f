package org.overturn.ui.p2p;

import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.p2p.LawPoints;
import org.overturn.domain.p2p.PrepSheet;
import org.overturn.domain.p2p.PrepSheetBuilder;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The prep sheet of the open case, rebuilt whenever the case changes: nothing on it is typed twice.
 */
public final class PeerToPeerViewModel {

    private final WorkspaceViewModel workspace;
    private final PrepSheetBuilder builder;
    private final ReadOnlyObjectWrapper<PrepSheet> sheet = new ReadOnlyObjectWrapper<>();

    public PeerToPeerViewModel(WorkspaceViewModel workspace, ReferenceData ref) {
        this.workspace = workspace;
        this.builder =
                new PrepSheetBuilder(
                        ref.patterns(),
                        new LawPoints(ref.citations(), ref.stateRules()),
                        ref.dimensionNames());
        workspace.caseFileProperty().addListener((o, a, c) -> rebuild(c));
        rebuild(workspace.caseFile());
    }

    private void rebuild(CaseFile c) {
        ZoneId zone = workspace.clock().getZone();
        sheet.set(builder.build(c, LocalDateTime.now(workspace.clock()), zone));
    }

    public ReadOnlyObjectProperty<PrepSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public PrepSheet sheet() {
        return sheet.get();
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}

package org.overturn.ui.clock;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.OpenFile;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Saves the request letter for one request: asks where, writes it off the FX thread and says how it
 * went in the card's status line, offering to open the file once written.
 */
final class LetterExport {

    private final UiServices services;
    private final WorkspaceViewModel workspace;
    private final RequestLetters letters;
    private final Label status;

    LetterExport(UiServices services, WorkspaceViewModel workspace, Label status) {
        this.services = services;
        this.workspace = workspace;
        this.letters = new RequestLetters(services);
        this.status = status;
    }

    void ask(DisclosureRequest r) {
        services.saveDialogs()
                .ask(
                        status.getScene().getWindow(),
                        new SaveDialogs.Request(
                                "request-letter",
                                Messages.get("disclosure.letter.title"),
                                "request-" + r.kind().id() + "-case-" + workspace.caseId() + ".pdf",
                                "PDF",
                                "*.pdf"))
                .ifPresent(f -> export(r, f));
    }

    void export(DisclosureRequest r, Path target) {
        status.setText(Messages.get("disclosure.letter.running"));
        letters.export(
                workspace.caseFile(),
                workspace.payer(),
                r,
                target,
                text -> status.setText(text),
                done -> {
                    status.setText(Messages.format("disclosure.letter.done", done.getFileName()));
                    OpenFile.offer(
                            services,
                            done,
                            status.getScene() == null ? null : status.getScene().getWindow(),
                            Messages.get("disclosure.letter.doneHeader"),
                            status::setText);
                });
    }
}

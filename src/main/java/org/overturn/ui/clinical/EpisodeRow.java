package org.overturn.ui.clinical;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.overturn.domain.rebuttal.TreatmentEpisode;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * One episode of the treatment history: setting, dates and provider, then how it ended and why (an
 * outcome that shows the care was insufficient stands out).
 */
final class EpisodeRow {

    private EpisodeRow() {}

    static Node of(TreatmentEpisode e, ClinicalViewModel vm) {
        String dates =
                e.startDate().isEmpty() && e.endDate().isEmpty()
                        ? Messages.get("clinical.ep.undated")
                        : Messages.format(
                                "clinical.ep.dates",
                                Dates.show(e.startDate()),
                                e.endDate()
                                        .map(Dates::show)
                                        .orElse(Messages.get("clinical.ep.now")));
        String head =
                Messages.label(e.setting())
                        + " · "
                        + dates
                        + (e.provider().isEmpty() ? "" : " · " + e.provider());
        String outcome =
                Messages.label(e.outcome())
                        + (e.endReason().isEmpty()
                                ? ""
                                : " · " + Messages.format("clinical.ep.why", e.endReason()));
        VBox text =
                new VBox(
                        2,
                        Nodes.label(head, "row-criterion"),
                        Nodes.label(
                                outcome,
                                e.outcome().showsInsufficient()
                                        ? "outcome-insufficient"
                                        : "text-muted"));
        return RemovableRow.of(text, "removeEpisode-" + e.id(), () -> vm.removeEpisode(e.id()));
    }
}

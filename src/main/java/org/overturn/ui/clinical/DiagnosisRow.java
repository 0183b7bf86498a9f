package org.overturn.ui.clinical;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.overturn.domain.rebuttal.Diagnosis;
import org.overturn.domain.rebuttal.SubstanceUseSeverity;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * One recorded diagnosis: code and name, then its severity (with the criteria count it came from)
 * and specifier, and a warning when the code disagrees with the severity.
 */
final class DiagnosisRow {

    private DiagnosisRow() {}

    /** A row for each diagnosis, in the case's order (a row removes its diagnosis by position). */
    static List<Node> all(List<Diagnosis> diagnoses, ClinicalViewModel vm) {
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < diagnoses.size(); i++) {
            rows.add(of(i, diagnoses.get(i), vm));
        }
        return rows;
    }

    private static Node of(int index, Diagnosis d, ClinicalViewModel vm) {
        StringBuilder sb = new StringBuilder(d.code());
        if (!d.name().isEmpty()) {
            sb.append(" · ").append(d.name());
        }
        String severity =
                d.severity().map(Messages::label).orElse(Messages.get("clinical.dx.noSeverity"));
        if (d.criteriaMet().isPresent()) {
            severity =
                    Messages.format(
                            "clinical.dx.severityFromCount", severity, d.criteriaMet().get());
        }
        VBox text =
                new VBox(
                        2,
                        Nodes.label(sb.toString(), "row-criterion"),
                        Nodes.label(
                                severity + (d.specifier().isEmpty() ? "" : " · " + d.specifier()),
                                "text-muted"));
        SubstanceUseSeverity.codeConflict(d)
                .ifPresent(w -> text.getChildren().add(Nodes.label(w, "danger-text")));
        return RemovableRow.of(text, "removeDiagnosis-" + index, () -> vm.removeDiagnosis(index));
    }
}

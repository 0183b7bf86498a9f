package org.overturn.ui.parity;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.overturn.core.ReferenceData;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.parity.DocumentRequest;
import org.overturn.domain.parity.Finding;
import org.overturn.domain.parity.NqtlIssue;
import org.overturn.ui.citations.CitationNodes;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * The points of the parity assessment, each with its library entries: a finding, a limitation at
 * issue (NQTL) and a document to request.
 */
final class PointCards {

    private final ReferenceData reference;

    PointCards(ReferenceData reference) {
        this.reference = reference;
    }

    private CitationLibrary library() {
        return reference.citations();
    }

    Node finding(Finding f) {
        VBox box = new VBox(4, Nodes.label(f.text()));
        if (!f.citationIds().isEmpty()) {
            box.getChildren().add(CitationNodes.list(library(), f.citationIds()));
        }
        return box;
    }

    Node nqtl(NqtlIssue n) {
        VBox box =
                new VBox(
                        4,
                        Nodes.label(Messages.label(n.nqtl()), "row-criterion"),
                        Nodes.label(n.why()),
                        CitationNodes.list(library(), n.citationIds()));
        box.getStyleClass().add("inner-card");
        return box;
    }

    Node document(DocumentRequest d) {
        VBox box =
                new VBox(
                        4,
                        Nodes.label(d.what(), "row-criterion"),
                        Nodes.label(d.basis()),
                        CitationNodes.list(library(), d.citationIds()));
        box.getStyleClass().add("inner-card");
        return box;
    }
}

package org.overturn.ui.citations;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.Enforcement;
import org.overturn.domain.citations.Verification;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * Shows citations the way every screen must: only entries of the library, each with its source, and
 * an unverified entry only as "verify before relying on it", never as settled law.
 */
public final class CitationNodes {

    private CitationNodes() {}

    /** The entries behind a point, one under the other; ids not in the library are left out. */
    public static VBox list(CitationLibrary library, List<String> ids) {
        VBox box = new VBox(4);
        box.getStyleClass().add("citation-list");
        for (String id : ids) {
            library.find(id).ifPresent(c -> box.getChildren().add(entry(c)));
        }
        return box;
    }

    public static Node entry(Citation c) {
        Label title = Nodes.label(c.shortTitle() + " · " + c.citation(), "citation-title");
        Label source =
                Nodes.label(Messages.format("citation.source", c.source()), "citation-source");
        FlowPane tags = new FlowPane(6, 4);
        status(c).ifPresent(s -> tags.getChildren().add(s));
        VBox box = new VBox(1, title, source);
        if (!tags.getChildren().isEmpty()) {
            box.getChildren().add(tags);
        }
        box.getStyleClass().add("citation");
        return box;
    }

    /**
     * The warning a citation carries, if any: unverified first, since that decides whether to use
     * it at all.
     */
    public static Optional<Label> status(Citation c) {
        if (c.verification() == Verification.UNVERIFIED) {
            return Optional.of(Nodes.label(Messages.get("citation.verify"), "tag-warning"));
        }
        return switch (c.enforcement()) {
            case NOT_ENFORCED ->
                    Optional.of(Nodes.label(Messages.get("citation.notEnforced"), "tag-muted"));
            case PERSUASIVE ->
                    Optional.of(Nodes.label(Messages.get("citation.persuasive"), "tag-muted"));
            case SUPERSEDED ->
                    Optional.of(Nodes.label(Messages.get("citation.superseded"), "tag-muted"));
            case ENFORCED -> Optional.empty();
        };
    }

    public static String verification(Verification v) {
        return Messages.get(
                switch (v) {
                    case VERIFIED -> "citation.verification.verified";
                    case SECONDARY -> "citation.verification.secondary";
                    case UNVERIFIED -> "citation.verification.unverified";
                });
    }

    public static String enforcement(Enforcement e) {
        return Messages.get(
                switch (e) {
                    case ENFORCED -> "citation.enforcement.enforced";
                    case NOT_ENFORCED -> "citation.enforcement.notEnforced";
                    case PERSUASIVE -> "citation.enforcement.persuasive";
                    case SUPERSEDED -> "citation.enforcement.superseded";
                });
    }
}

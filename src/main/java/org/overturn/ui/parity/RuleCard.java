package org.overturn.ui.parity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.Verification;
import org.overturn.domain.parity.CriteriaVerdict;
import org.overturn.domain.parity.StateCriteriaRule;
import org.overturn.ui.citations.CitationNodes;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * One state rule on level-of-care criteria: what it requires, which markets and care it reaches,
 * the criteria it accepts, when it is in force, the verdict on the denial's criteria and its
 * source.
 */
final class RuleCard {

    private RuleCard() {}

    static Node of(StateCriteriaRule r, Optional<CriteriaVerdict> v, CitationLibrary library) {
        String title = library.find(r.citationId()).map(x -> x.shortTitle()).orElse(r.id());
        VBox card = new VBox(8, Nodes.label(r.state() + " · " + title, "row-criterion"));
        card.getStyleClass().add("inner-card");
        card.setId("rule-" + r.id());
        if (r.verification() == Verification.UNVERIFIED) {
            card.getChildren().add(Nodes.label(Messages.get("citation.verify"), "tag-warning"));
        }
        GridPane g = Nodes.grid();
        int row = 0;
        row = Nodes.row(g, row, Messages.get("parity.rule.requires"), Nodes.label(r.requirement()));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("parity.rule.reaches"),
                        Nodes.label(labels(r.markets())));
        row = Nodes.row(g, row, Messages.get("parity.rule.covers"), Nodes.label(labels(r.focus())));
        String accepted = labels(r.accepted());
        if (!r.conditional().isEmpty()) {
            accepted += "; " + Messages.format("parity.rule.conditional", labels(r.conditional()));
        }
        row = Nodes.row(g, row, Messages.get("parity.rule.accepted"), Nodes.label(accepted));
        String dates =
                r.effectiveUntil()
                        .map(
                                u ->
                                        Messages.format(
                                                "parity.rule.fromUntil",
                                                Dates.show(r.effectiveFrom()),
                                                Dates.show(u)))
                        .orElse(Messages.format("parity.rule.from", Dates.show(r.effectiveFrom())));
        row = Nodes.row(g, row, Messages.get("parity.rule.effective"), Nodes.label(dates));
        if (v.isPresent()) {
            Label verdict =
                    Nodes.label(
                            Messages.label(v.get().finding()) + ". " + v.get().message(),
                            VerdictStyle.of(v.get().finding()));
            verdict.setId("verdict-" + r.id());
            row = Nodes.row(g, row, Messages.get("parity.rule.verdict"), verdict);
        }
        Nodes.row(
                g,
                row,
                Messages.get("parity.rule.source"),
                CitationNodes.list(library, List.of(r.citationId())));
        card.getChildren().add(g);
        return card;
    }

    private static String labels(List<? extends HasId> items) {
        return items.isEmpty()
                ? Messages.get("parity.rule.noneListed")
                : items.stream().map(Messages::label).collect(Collectors.joining(", "));
    }
}

package org.overturn.ui.scoring;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.scoring.AsamResult;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.DimensionFinding;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.IopFit;
import org.overturn.domain.scoring.LocusResult;
import org.overturn.domain.scoring.Placement;
import org.overturn.domain.scoring.PlacementResult;
import org.overturn.ui.common.Messages;

/**
 * Fills the live results card: composite, level, what it means for IOP, the rules behind it, and
 * its basis.
 */
final class ResultPanel {

    private final VBox card;
    private final Instruments instruments;

    ResultPanel(VBox card, Instruments instruments) {
        this.card = card;
        this.instruments = instruments;
    }

    void show(Assessment a, PlacementResult r) {
        card.getChildren().clear();
        HBox head =
                new HBox(
                        8,
                        label(Messages.get("scoring.result"), "title-4"),
                        grow(),
                        chip(Messages.get("scoring.decisionSupport")));
        head.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(head);
        int total = a.instrument().dimensionIds().size();
        if (r == null) {
            if (a.instrument() != Instrument.ASAM) {
                card.getChildren()
                        .add(
                                composite(
                                        Messages.format(
                                                "scoring.compositeSoFar",
                                                Placement.partialComposite(a)),
                                        Messages.format(
                                                "scoring.progress", a.ratings().size(), total)));
            }
            card.getChildren()
                    .add(muted(Messages.format("scoring.rateAll", total - a.ratings().size())));
            card.getChildren().add(basis(instruments.definition(a.instrument()).notice()));
            return;
        }
        if (r instanceof LocusResult l) {
            card.getChildren()
                    .add(
                            composite(
                                    String.valueOf(l.composite()),
                                    Messages.get("scoring.composite.locus")));
            card.getChildren().add(level(r.levelName(), "result-level"));
        } else if (r instanceof CalocusResult c) {
            card.getChildren()
                    .add(
                            composite(
                                    String.valueOf(c.composite()),
                                    Messages.get("scoring.composite.calocus")));
            card.getChildren()
                    .add(label(Messages.get("scoring.simplification"), "simplification-tag"));
            // CALOCUS-CASII levels by number: their names are unverified, and LOCUS's are not
            // theirs.
            card.getChildren()
                    .add(
                            level(
                                    Instrument.CALOCUS.levelName(c.simplified().level().code()),
                                    "result-level"));
            c.licensedGridLevel()
                    .ifPresent(
                            g ->
                                    card.getChildren()
                                            .add(
                                                    label(
                                                            Messages.format(
                                                                    "scoring.gridLevel",
                                                                    Instrument.CALOCUS.levelName(
                                                                            g.code())),
                                                            "grid-level")));
            card.getChildren().add(label(Messages.label(c.agreement()), "agreement"));
        } else if (r instanceof AsamResult s) {
            card.getChildren().add(level(s.levelName(), "result-level"));
        }
        card.getChildren().add(fitBanner(r));
        a.overrideLevel()
                .ifPresent(
                        code -> {
                            card.getChildren()
                                    .add(
                                            label(
                                                    Messages.format(
                                                            "scoring.yourLevel",
                                                            a.instrument().levelName(code)),
                                                    "override-level"));
                            card.getChildren()
                                    .add(
                                            wrapped(
                                                    Messages.format(
                                                            "scoring.reasonShown",
                                                            a.varianceReason())));
                        });
        if (r instanceof LocusResult l) {
            explain(l.reasons(), l.whyNotLower(), l.whyNotHigher());
        } else if (r instanceof CalocusResult c) {
            explain(c.reasons(), c.simplified().whyNotLower(), c.simplified().whyNotHigher());
        } else if (r instanceof AsamResult s) {
            asam(s);
        }
        card.getChildren().add(basis(r.basis()));
    }

    private void explain(List<String> why, List<String> notLower, List<String> notHigher) {
        list("scoring.why", why);
        list("scoring.whyNotLower", notLower);
        list("scoring.whyNotHigher", notHigher);
    }

    private void asam(AsamResult s) {
        card.getChildren().add(label(Messages.get("scoring.byDimension"), "result-heading"));
        for (DimensionFinding f : s.findings()) {
            Label tag = label(Messages.label(f.fit()), "fit-tag", "fit-tag-" + f.fit().id());
            tag.setMinWidth(Region.USE_PREF_SIZE);
            Label text = wrapped(f.reason());
            HBox.setHgrow(text, Priority.ALWAYS);
            VBox row = new VBox(2, tag, text);
            row.getStyleClass().add("finding");
            card.getChildren().add(row);
        }
        List<String> rest =
                s.reasons().stream()
                        .filter(x -> s.findings().stream().noneMatch(f -> f.reason().equals(x)))
                        .toList();
        list("scoring.why", rest);
    }

    private void list(String headingKey, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        card.getChildren().add(label(Messages.get(headingKey), "result-heading"));
        for (String s : items) {
            Label bullet = wrapped("• " + s);
            bullet.getStyleClass().add("result-reason");
            card.getChildren().add(bullet);
        }
    }

    private static Node fitBanner(PlacementResult r) {
        IopFit fit = r.iopFit();
        String icon =
                switch (fit) {
                    case BELOW_IOP -> "mdi2a-alert-outline";
                    case SUPPORTS_IOP -> "mdi2c-check-circle-outline";
                    case ABOVE_IOP -> "mdi2s-shield-alert-outline";
                };
        FontIcon i = new FontIcon(icon);
        i.setIconSize(18);
        String key =
                switch (fit) {
                    case BELOW_IOP -> "scoring.fit.below";
                    case SUPPORTS_IOP -> "scoring.fit.supports";
                    case ABOVE_IOP -> "scoring.fit.above";
                };
        Label title = label(Messages.get(key), "fit-title");
        title.setWrapText(true);
        Label note = wrapped(r.iopNote());
        VBox text = new VBox(2, title, note);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, i, text);
        box.getStyleClass().addAll("fit-banner", "fit-" + fit.id());
        box.setId("fitBanner");
        return box;
    }

    private static Node composite(String value, String caption) {
        Label v = label(value, "composite-value");
        v.setId("compositeValue");
        v.setMinWidth(Region.USE_PREF_SIZE);
        Label c = label(caption, "text-muted");
        c.setWrapText(true);
        HBox box = new HBox(10, v, c);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label level(String text, String style) {
        Label l = label(text, style);
        l.setWrapText(true);
        l.setId("levelLabel");
        return l;
    }

    private static Node basis(String text) {
        FontIcon i = new FontIcon("mdi2i-information-outline");
        Label l = wrapped(text);
        l.getStyleClass().add("basis");
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox box = new HBox(6, i, l);
        box.getStyleClass().add("basis-box");
        return box;
    }

    private static Label chip(String text) {
        return label(text, "support-chip");
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}

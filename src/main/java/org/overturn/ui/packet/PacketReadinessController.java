package org.overturn.ui.packet;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.readiness.Problem;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.settings.PracticeProfiles;

/**
 * The Letters section's readiness card: what blocks the packet and what weakens it, each with a
 * fix.
 */
public final class PacketReadinessController {

    private final PacketViewModel vm;
    private final PracticeProfiles profiles;
    private final InvalidationListener profileLoaded = o -> problems();

    @FXML private VBox readinessCard;
    @FXML private Label readinessSummary;
    @FXML private VBox problemsBox;

    public PacketReadinessController(PacketViewModel vm, PracticeProfiles profiles) {
        this.vm = vm;
        this.profiles = profiles;
    }

    @FXML
    private void initialize() {
        vm.problems().addListener((ListChangeListener<Problem>) ch -> problems());
        // The profile outlives this case's screen: listen weakly.
        profiles.loadedProperty().addListener(new WeakInvalidationListener(profileLoaded));
        problems();
    }

    private void problems() {
        List<Problem> all = vm.problems();
        long blocking = all.stream().filter(Problem::blocks).count();
        if (!profiles.loadedProperty().get()) {
            readinessSummary.setText(Messages.get("packet.readiness.loading"));
        } else if (all.isEmpty()) {
            readinessSummary.setText("");
        } else {
            readinessSummary.setText(
                    Messages.format("packet.readiness.summary", blocking, all.size() - blocking));
        }
        problemsBox.getChildren().clear();
        if (all.isEmpty()) {
            problemsBox
                    .getChildren()
                    .add(Nodes.label(Messages.get("packet.readiness.ready"), "readiness-ready"));
        }
        for (Problem p : all) {
            problemsBox.getChildren().add(problemRow(p));
        }
        readinessCard.getStyleClass().remove("readiness-blocked");
        if (blocking > 0) {
            readinessCard.getStyleClass().add("readiness-blocked");
        }
    }

    private HBox problemRow(Problem p) {
        FontIcon icon =
                new FontIcon(p.blocks() ? "mdi2c-close-octagon-outline" : "mdi2a-alert-outline");
        Label tag =
                Nodes.label(
                        Messages.get(
                                p.blocks()
                                        ? "packet.readiness.blocking"
                                        : "packet.readiness.warning"),
                        p.blocks() ? "tag-danger" : "tag-warning");
        tag.setWrapText(false);
        tag.setMinWidth(Control.USE_PREF_SIZE);
        Label message = Nodes.label(p.message(), "readiness-message");
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Control.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button fix = new Button(fixLabel(p.fix()));
        fix.getStyleClass().addAll("fix-button", "small");
        fix.setUserData(p.fix());
        fix.setMinWidth(Control.USE_PREF_SIZE);
        fix.setOnAction(e -> vm.fix(p.fix()));
        HBox row = new HBox(10, icon, tag, message, fix);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass()
                .addAll(
                        "readiness-problem",
                        p.blocks() ? "readiness-blocking" : "readiness-warning");
        return row;
    }

    static String fixLabel(FixPlace place) {
        return switch (place) {
            case LETTERS_SIGNER -> Messages.get("packet.fix.lettersSigner");
            case LETTERS_VARIANT -> Messages.get("packet.fix.lettersVariant");
            case LETTERS_STALE -> Messages.get("packet.fix.lettersStale");
            case LETTERS_CONSENT -> Messages.get("packet.fix.lettersConsent");
            case LETTERS_ENCLOSURES -> Messages.get("packet.fix.lettersEnclosures");
            case PRACTICE_PROFILE -> Messages.get("packet.fix.practiceProfile");
            default ->
                    Messages.format(
                            "packet.fix.section",
                            Messages.get(PacketViewModel.sectionFor(place).orElseThrow().key()));
        };
    }
}

package org.overturn.ui.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.readiness.CasePath;
import org.overturn.domain.readiness.CasePath.Status;
import org.overturn.domain.readiness.CasePath.Step;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.Section;

/**
 * The guided path across the top of the workspace: Denial → Scores → Rebuttal → Letter → Export,
 * each with its state, and the next action, which Enter takes when the strip has the focus.
 */
final class PathStrip {

    /** Where each step is worked on. */
    static final Map<Step, Section> SECTION =
            Map.of(
                    Step.DENIAL,
                    Section.DENIALS,
                    Step.SCORES,
                    Section.SCORING,
                    Step.REBUTTAL,
                    Section.REBUTTAL,
                    Step.LETTER,
                    Section.PACKET,
                    Step.EXPORT,
                    Section.PACKET);

    private final HBox box;
    private final Consumer<Status> go;
    private final Button next = new Button();

    PathStrip(HBox box, Consumer<Status> go) {
        this.box = box;
        this.go = go;
        next.setId("pathNextButton");
        next.getStyleClass().addAll("accent", "path-next");
        box.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    // Enter takes the focused step (or the next action), as Space does.
                    if (e.getCode() == KeyCode.ENTER
                            && !e.isShortcutDown()
                            && e.getTarget() instanceof Button b) {
                        b.fire();
                        e.consume();
                    }
                });
    }

    Button nextButton() {
        return next;
    }

    void show(List<Status> path) {
        box.getChildren().clear();
        for (Status s : path) {
            if (s.step().ordinal() > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("path-arrow");
                box.getChildren().add(arrow);
            }
            box.getChildren().add(step(s));
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box.getChildren().add(gap);
        CasePath.next(path)
                .ifPresentOrElse(
                        s -> {
                            next.setText(Messages.get("path.next." + key(s.why())));
                            next.setOnAction(e -> go.accept(s));
                            next.setDisable(false);
                        },
                        () -> {
                            next.setText(Messages.get("path.next.done"));
                            next.setOnAction(null);
                            next.setDisable(true);
                        });
        next.setGraphic(new FontIcon("mdi2k-keyboard-return"));
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setMinWidth(Region.USE_PREF_SIZE);
        box.getChildren().add(next);
    }

    private Button step(Status s) {
        String name = Messages.get("path.step." + s.step().name().toLowerCase(Locale.ROOT));
        Button b = new Button(name);
        b.setId("pathStep" + s.step().name());
        b.setMnemonicParsing(false);
        b.getStyleClass()
                .addAll(
                        "flat",
                        "path-step",
                        "path-" + s.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        String icon =
                switch (s.state()) {
                    case DONE -> "mdi2c-check-circle";
                    case NEEDS_ATTENTION -> "mdi2a-alert-circle-outline";
                    case NOT_STARTED -> "mdi2c-circle-outline";
                };
        b.setGraphic(new FontIcon(icon));
        String state =
                Messages.get(
                        "path.state."
                                + s.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        String why =
                s.why() == CasePath.Why.NONE
                        ? ""
                        : " — " + Messages.get("path.why." + key(s.why()));
        b.setTooltip(new Tooltip(name + ": " + state + why));
        b.setAccessibleText(name + ", " + state + why);
        b.setOnAction(e -> go.accept(s));
        return b;
    }

    static String key(CasePath.Why why) {
        return why.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

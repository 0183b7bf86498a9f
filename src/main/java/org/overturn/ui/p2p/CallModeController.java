package org.overturn.ui.p2p;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.overturn.ui.common.Messages;

/** Call mode: large text, the points as a checklist, and a timer. */
public final class CallModeController {

    private final CallModeViewModel vm;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private Runnable onClose = () -> {};
    private Consumer<List<String>> onLog = points -> {};

    @FXML private Label timerLabel;
    @FXML private Button startButton;
    @FXML private Label progressLabel;
    @FXML private VBox checklist;

    public CallModeController(CallModeViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        clock.setCycleCount(Timeline.INDEFINITE);
        String section = null;
        for (CallModeViewModel.Item item : vm.items()) {
            if (!item.section().equals(section)) {
                section = item.section();
                Label heading = new Label(section);
                heading.getStyleClass().add("call-heading");
                checklist.getChildren().add(heading);
            }
            CheckBox box = new CheckBox(item.text());
            box.setWrapText(true);
            box.getStyleClass().add("call-item");
            box.selectedProperty().bindBidirectional(item.made());
            box.selectedProperty().addListener((o, a, b) -> progress());
            checklist.getChildren().add(box);
        }
        vm.runningProperty()
                .addListener(
                        (o, a, running) -> {
                            startButton.setText(
                                    Messages.get(running ? "callMode.pause" : "callMode.start"));
                            if (running) {
                                clock.play();
                            } else {
                                clock.stop();
                            }
                        });
        startButton.setText(Messages.get("callMode.start"));
        vm.secondsProperty().addListener((o, a, b) -> timerLabel.setText(vm.elapsed()));
        progress();
    }

    private void tick() {
        vm.tick();
    }

    private void progress() {
        progressLabel.setText(
                Messages.format("callMode.progress", vm.pointsMade().size(), vm.items().size()));
    }

    public CallModeViewModel viewModel() {
        return vm;
    }

    public void setOnClose(Runnable r) {
        this.onClose = r;
    }

    /**
     * What "Log this call" does with the points ticked (the call log takes them into its notes).
     */
    public void setOnLog(Consumer<List<String>> handler) {
        this.onLog = handler;
    }

    @FXML
    void logCall() {
        List<String> points = vm.pointsMade();
        close();
        onLog.accept(points);
    }

    @FXML
    private void startOrPause() {
        vm.startOrPause();
    }

    @FXML
    private void reset() {
        vm.reset();
        timerLabel.setText(vm.elapsed());
    }

    @FXML
    void close() {
        clock.stop();
        onClose.run();
    }
}

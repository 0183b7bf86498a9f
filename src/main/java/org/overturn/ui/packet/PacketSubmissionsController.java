package org.overturn.ui.packet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.Messages;

/** The Letters section's submissions card: what was sent, when and how, and recording a sending. */
public final class PacketSubmissionsController {

    private final PacketViewModel vm;
    private final Clock clock;

    @FXML private TableView<Submission> submissionsTable;
    @FXML private TableColumn<Submission, String> subDateColumn;
    @FXML private TableColumn<Submission, String> subMethodColumn;
    @FXML private TableColumn<Submission, String> subToColumn;
    @FXML private TableColumn<Submission, String> subConfirmColumn;
    @FXML private TableColumn<Submission, String> subPagesColumn;
    @FXML private TextField subDate;
    @FXML private ComboBox<SubmissionMethod> subMethod;
    @FXML private TextField subTo;
    @FXML private TextField subConfirmation;
    @FXML private Label subError;
    @FXML private Button recordButton;

    public PacketSubmissionsController(PacketViewModel vm, Clock clock) {
        this.vm = vm;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        subMethod.getItems().setAll(SubmissionMethod.values());
        EnumCells.install(subMethod);
        subMethod.setValue(SubmissionMethod.FAX);
        subDateColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().sentOn())));
        subMethodColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().method())));
        subToColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sentTo()));
        subConfirmColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().confirmation()));
        subPagesColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().pages())));
        submissionsTable.setPlaceholder(new Label(Messages.get("packet.submissions.none")));
        subDate.setText(Dates.show(LocalDate.now(clock)));
        recordButton.disableProperty().bind(vm.lastExportProperty().isNull().or(vm.busyProperty()));
        vm.caseFileProperty().addListener((o, a, c) -> show());
        show();
    }

    private void show() {
        submissionsTable.getItems().setAll(vm.caseFile().packet().submissions());
        if (subTo.getText().isBlank()) {
            Optional<Payer> p = vm.payer();
            subTo.setText(p.map(Payer::appealsFax).orElse(""));
        }
    }

    @FXML
    void record() {
        subError.setText("");
        var date = Dates.parse(subDate.getText());
        if (date.error().isPresent() || date.value().isEmpty()) {
            subError.setText(date.error().orElse(Messages.get("packet.submission.dateRequired")));
            return;
        }
        vm.recordSubmission(
                date.value().get(),
                Optional.empty(),
                subMethod.getValue(),
                subTo.getText(),
                subConfirmation.getText(),
                vm.lastExportProperty().get());
        subConfirmation.clear();
    }
}

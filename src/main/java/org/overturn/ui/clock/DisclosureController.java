package org.overturn.ui.clock;

import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Requests to the plan on the Overview: the list with where each stands, and the form for a new
 * one.
 */
public final class DisclosureController {

    private final DisclosureViewModel vm;

    @FXML private TableView<DisclosureRequest> table;
    @FXML private TableColumn<DisclosureRequest, String> kindColumn;
    @FXML private TableColumn<DisclosureRequest, String> sentColumn;
    @FXML private TableColumn<DisclosureRequest, String> standingColumn;
    @FXML private TableColumn<DisclosureRequest, String> basisColumn;
    @FXML private FlowPane selectedBar;
    @FXML private TextField answeredField;
    @FXML private Button answeredButton;
    @FXML private Label answeredError;
    @FXML private TextField changeFollowUpField;
    @FXML private Button changeFollowUpButton;
    @FXML private Button copyButton;
    @FXML private Button removeButton;
    @FXML private ComboBox<DisclosureKind> kindBox;
    @FXML private TextField sentField;
    @FXML private Label sentError;
    @FXML private TextField followUpField;
    @FXML private Label followUpError;
    @FXML private Button addButton;
    @FXML private Label basisLabel;
    @FXML private Label ruleNote;
    @FXML private Label askLabel;
    @FXML private Label letterStatus;

    private final UiServices services;
    private final WorkspaceViewModel workspace;
    private RequestTable requests;
    private LetterExport letter;

    public DisclosureController(
            UiServices services, WorkspaceViewModel workspace, CitationTitles citations) {
        this.vm = new DisclosureViewModel(workspace, citations);
        this.workspace = workspace;
        this.services = services;
    }

    public DisclosureViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        requests = new RequestTable(table, kindColumn, sentColumn, standingColumn, basisColumn, vm);
        ValidationSupport vs = new ValidationSupport();
        NewRequestForm.bind(
                vm,
                vs,
                kindBox,
                sentField,
                sentError,
                followUpField,
                followUpError,
                addButton,
                basisLabel,
                ruleNote,
                askLabel);
        SelectedRequestBar.bind(
                vm,
                vs,
                requests.selectedProperty(),
                selectedBar,
                answeredField,
                answeredError,
                answeredButton,
                changeFollowUpField,
                changeFollowUpButton);
        requests.refreshOnChange();
        letter = new LetterExport(services, workspace, letterStatus);
    }

    @FXML
    void add() {
        vm.add().ifPresent(r -> requests.select(r.id()));
    }

    @FXML
    void markAnswered() {
        requests.selected()
                .ifPresent(
                        r -> {
                            if (vm.markAnswered(r)) {
                                requests.reselect(r.id());
                            }
                        });
    }

    @FXML
    void changeFollowUp() {
        requests.selected()
                .ifPresent(
                        r -> {
                            if (vm.setFollowUp(r, changeFollowUpField.getText())) {
                                requests.reselect(r.id());
                            }
                        });
    }

    @FXML
    void copyText() {
        requests.selected()
                .ifPresent(
                        r -> {
                            ClipboardContent content = new ClipboardContent();
                            content.putString(vm.copyText(r));
                            Clipboard.getSystemClipboard().setContent(content);
                        });
    }

    @FXML
    void remove() {
        requests.selected().ifPresent(vm::remove);
    }

    @FXML
    void exportLetter() {
        requests.selected().ifPresent(letter::ask);
    }

    /**
     * Writes the request letter for one request (tests call this: they cannot drive a file
     * chooser).
     */
    public void exportLetterTo(DisclosureRequest r, Path target) {
        letter.export(r, target);
    }
}

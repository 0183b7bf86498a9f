package org.overturn.ui.packet;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.packet.AppealUrgency;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.ConsentPurpose;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.Part2Consent;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.domain.readiness.Problem;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.export.packet.PartInfo;
import org.overturn.export.pdf.EnclosurePages;
import org.overturn.ui.backup.PasswordDialog;
import org.overturn.ui.backup.PasswordViewModel;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.common.OpenFile;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.settings.PracticeProfileDialog;
import org.overturn.ui.settings.PracticeProfiles;

/**
 * Letters and packet: binds the readiness list, the letter composer and its signer, the parts list,
 * consents, export and submissions.
 */
public final class PacketController {

    private final UiServices ctx;
    private final PacketViewModel vm;
    private final PracticeProfiles profiles;
    private final InvalidationListener profileLoaded = o -> problems();
    private boolean showing;

    @FXML private ScrollPane scroll;
    @FXML private VBox root;
    @FXML private VBox readinessCard;
    @FXML private Label readinessSummary;
    @FXML private VBox problemsBox;
    @FXML private ComboBox<Clinician> signedByBox;
    @FXML private Hyperlink profileLink;
    @FXML private Label signerDetail;
    @FXML private VBox partsCard;
    @FXML private Button addEnclosureButton;
    @FXML private Label exportBlockedLabel;
    @FXML private ComboBox<AppealUrgency> urgencyBox;
    @FXML private ComboBox<Signer> signerBox;
    @FXML private ComboBox<ReviewLevel> levelBox;
    @FXML private TextField addresseeField;
    @FXML private Button draftButton;
    @FXML private VBox gapsBox;
    @FXML private VBox staleBox;
    @FXML private Label gapsLabel;
    @FXML private ListView<LetterSection> letterParts;
    @FXML private TextArea partText;
    @FXML private Label editedLabel;
    @FXML private Button revertButton;
    @FXML private TableView<PartInfo> partsTable;
    @FXML private TableColumn<PartInfo, String> partColumn;
    @FXML private TableColumn<PartInfo, String> pagesColumn;
    @FXML private TableColumn<PartInfo, String> noteColumn;
    @FXML private Label totalLabel;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button excludeButton;
    @FXML private Button includeAllButton;
    @FXML private Button removeButton;
    @FXML private VBox part2Card;
    @FXML private Label part2Status;
    @FXML private ListView<Part2Consent> consentsList;
    @FXML private TextField consentRecipient;
    @FXML private ComboBox<ConsentPurpose> consentPurpose;
    @FXML private TextField consentDetail;
    @FXML private TextField consentInformation;
    @FXML private TextField consentExpires;
    @FXML private TextField consentEvent;
    @FXML private TextField consentSigned;
    @FXML private TextField consentSignedBy;
    @FXML private Label consentError;
    @FXML private Button removeConsentButton;
    @FXML private Button exportButton;
    @FXML private CheckBox protectBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button openButton;
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

    public PacketController(UiServices ctx, PacketViewModel vm, PracticeProfiles profiles) {
        this.ctx = ctx;
        this.vm = vm;
        this.profiles = profiles;
    }

    public PacketViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        // Lets tests (and keyboard helpers) reach the section's controller from its node.
        root.getProperties().put(PacketController.class, this);
        urgencyBox.getItems().setAll(AppealUrgency.values());
        signerBox.getItems().setAll(Signer.values());
        levelBox.getItems().setAll(ReviewLevel.values());
        consentPurpose.getItems().setAll(ConsentPurpose.values());
        subMethod.getItems().setAll(SubmissionMethod.values());
        for (ComboBox<?> b : List.of(urgencyBox, signerBox, levelBox, consentPurpose, subMethod)) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            ComboBox<HasId> box = (ComboBox) b;
            EnumCells.install(box);
        }
        consentPurpose.setValue(ConsentPurpose.PAYMENT_AND_APPEAL);
        subMethod.setValue(SubmissionMethod.FAX);
        urgencyBox.valueProperty().addListener((o, a, v) -> variantChanged());
        signerBox.valueProperty().addListener((o, a, v) -> variantChanged());
        levelBox.valueProperty().addListener((o, a, v) -> variantChanged());
        addresseeField
                .focusedProperty()
                .addListener(
                        (o, was, is) -> {
                            if (!is) {
                                vm.setAddressee(addresseeField.getText());
                            }
                        });
        addresseeField.setOnAction(e -> vm.setAddressee(addresseeField.getText()));

        letterParts.setCellFactory(
                lv ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(LetterSection s, boolean empty) {
                                super.updateItem(s, empty);
                                setText(
                                        empty || s == null
                                                ? null
                                                : Messages.label(s.part())
                                                        + (s.wasEdited()
                                                                ? "  "
                                                                        + Messages.get(
                                                                                "packet.letter.editedMark")
                                                                : ""));
                            }
                        });
        letterParts
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, s) -> showPart(s));
        partText.textProperty()
                .addListener(
                        (o, a, t) -> {
                            LetterSection s = letterParts.getSelectionModel().getSelectedItem();
                            if (!showing && s != null) {
                                vm.editPart(s.part(), t);
                            }
                        });
        Label none = new Label(Messages.get("packet.letter.none"));
        none.setWrapText(true);
        none.setMaxWidth(240);
        letterParts.setPlaceholder(none);

        partColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        pagesColumn.setCellValueFactory(
                c ->
                        new ReadOnlyStringWrapper(
                                c.getValue().problem().isPresent()
                                        ? "—"
                                        : String.valueOf(c.getValue().pages())));
        noteColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().problem().orElse("")));
        partsTable.setItems(vm.parts());
        partsTable.setPlaceholder(new Label(Messages.get("packet.parts.counting")));
        var selected = partsTable.getSelectionModel().selectedItemProperty();
        upButton.disableProperty().bind(selected.isNull());
        downButton.disableProperty().bind(selected.isNull());
        excludeButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        selected.get() == null
                                                || !PacketViewModel.canExclude(selected.get()),
                                selected));
        removeButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        selected.get() == null
                                                || !PacketViewModel.canRemove(selected.get()),
                                selected));
        vm.parts().addListener((ListChangeListener<PartInfo>) ch -> totals());

        part2Card.visibleProperty().bind(vm.part2NeededProperty());
        part2Card.managedProperty().bind(vm.part2NeededProperty());
        part2Status.textProperty().bind(vm.part2StatusProperty());
        consentsList.setCellFactory(
                lv ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(Part2Consent k, boolean empty) {
                                super.updateItem(k, empty);
                                setText(
                                        empty || k == null
                                                ? null
                                                : Messages.format(
                                                        "packet.part2.item",
                                                        k.recipient(),
                                                        Messages.label(k.purpose()),
                                                        k.until(),
                                                        Dates.show(k.signedOn())));
                            }
                        });
        removeConsentButton
                .disableProperty()
                .bind(consentsList.getSelectionModel().selectedItemProperty().isNull());
        consentSigned.setText(Dates.show(LocalDate.now(ctx.clock())));

        exportButton.disableProperty().bind(vm.busyProperty().or(vm.exportAllowedProperty().not()));
        protectBox.disableProperty().bind(vm.busyProperty());
        exportBlockedLabel.textProperty().bind(vm.exportBlockedReasonProperty());
        exportBlockedLabel.visibleProperty().bind(vm.exportBlockedReasonProperty().isNotEmpty());
        exportBlockedLabel.managedProperty().bind(exportBlockedLabel.visibleProperty());
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.busyProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        openButton.visibleProperty().bind(vm.lastExportProperty().isNotNull());
        openButton.managedProperty().bind(openButton.visibleProperty());

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
        subDate.setText(Dates.show(LocalDate.now(ctx.clock())));
        recordButton.disableProperty().bind(vm.lastExportProperty().isNull().or(vm.busyProperty()));

        root.setOnDragOver(
                e -> {
                    if (e.getDragboard().hasFiles()) {
                        e.acceptTransferModes(TransferMode.COPY);
                    }
                    e.consume();
                });
        root.setOnDragDropped(
                e -> {
                    boolean ok = e.getDragboard().hasFiles();
                    if (ok) {
                        vm.addEnclosures(
                                e.getDragboard().getFiles().stream().map(File::toPath).toList());
                    }
                    e.setDropCompleted(ok);
                    e.consume();
                });

        vm.gaps().addListener((ListChangeListener<String>) ch -> gaps());
        gaps();
        vm.stale().addListener((ListChangeListener<Object>) ch -> stale());
        stale();
        signer();
        vm.problems().addListener((ListChangeListener<Problem>) ch -> problems());
        profiles.loadedProperty().addListener(new WeakInvalidationListener(profileLoaded));
        problems();
        vm.setLocalFixHandler(this::fixHere);
        vm.caseFileProperty().addListener((o, a, c) -> show(c));
        show(vm.caseFile());
    }

    private void show(CaseFile c) {
        showing = true;
        try {
            LetterDraft l = vm.letter();
            urgencyBox.setValue(l.urgency());
            signerBox.setValue(l.signer());
            levelBox.setValue(l.reviewLevel());
            showSigner();
            if (!addresseeField.isFocused()) {
                addresseeField.setText(l.addressee());
                addresseeField.setPromptText(vm.recipient());
            }
            draftButton.setText(
                    Messages.get(
                            l.sections().isEmpty()
                                    ? "packet.letter.draft"
                                    : "packet.letter.regenerate"));
            LetterSection sel = letterParts.getSelectionModel().getSelectedItem();
            letterParts.getItems().setAll(l.sections());
            Optional<LetterSection> again =
                    sel == null
                            ? Optional.empty()
                            : l.sections().stream().filter(s -> s.part() == sel.part()).findFirst();
            again.ifPresentOrElse(
                    s -> letterParts.getSelectionModel().select(s),
                    () -> letterParts.getSelectionModel().selectFirst());
            LetterSection now = letterParts.getSelectionModel().getSelectedItem();
            editedLabel.setVisible(now != null && now.wasEdited());
            revertButton.setDisable(now == null || !now.wasEdited());
            consentsList.getItems().setAll(c.packet().consents());
            if (consentRecipient.getText().isBlank()) {
                consentRecipient.setText(vm.recipient());
            }
            submissionsTable.getItems().setAll(c.packet().submissions());
            if (subTo.getText().isBlank()) {
                Optional<Payer> p = vm.payer();
                subTo.setText(p.map(Payer::appealsFax).orElse(""));
            }
            includeAllButton.setDisable(!vm.anythingExcluded());
        } finally {
            showing = false;
        }
    }

    private void showPart(LetterSection s) {
        showing = true;
        try {
            if (s == null) {
                partText.clear();
                partText.setDisable(true);
            } else if (!partText.getText().equals(s.text())) {
                partText.setDisable(false);
                partText.setText(s.text());
            } else {
                partText.setDisable(false);
            }
            editedLabel.setVisible(s != null && s.wasEdited());
            revertButton.setDisable(s == null || !s.wasEdited());
        } finally {
            showing = false;
        }
    }

    // ---- who signs
    // -----------------------------------------------------------------------------------------------

    private void signer() {
        signedByBox.setItems(vm.signers());
        Callback<ListView<Clinician>, ListCell<Clinician>> cells =
                lv ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(Clinician k, boolean empty) {
                                super.updateItem(k, empty);
                                setText(empty || k == null ? null : vm.signerLabel(k));
                            }
                        };
        signedByBox.setCellFactory(cells);
        signedByBox.setButtonCell(cells.call(null));
        signedByBox.setPlaceholder(new Label(Messages.get("packet.letter.signedBy.none")));
        signedByBox
                .valueProperty()
                .addListener(
                        (o, a, k) -> {
                            if (!showing && k != null) {
                                vm.chooseSigner(k);
                            }
                        });
        // Replacing the list clears the box's value: show the case's signer again. The button cell
        // keeps its text,
        // and a label that depends on the profile ("no longer in the practice profile") must be
        // drawn again.
        vm.signers()
                .addListener(
                        (ListChangeListener<Clinician>)
                                ch -> {
                                    showing = true;
                                    try {
                                        signedByBox.setButtonCell(
                                                signedByBox.getCellFactory().call(null));
                                        showSigner();
                                    } finally {
                                        showing = false;
                                    }
                                });
        profileLink
                .textProperty()
                .bind(
                        Bindings.when(vm.noCliniciansProperty())
                                .then(Messages.get("packet.letter.profileLink.empty"))
                                .otherwise(Messages.get("packet.letter.profileLink")));
        showSigner();
    }

    private void showSigner() {
        Optional<Clinician> k = vm.signer();
        if (!Objects.equals(signedByBox.getValue(), k.orElse(null))) {
            signedByBox.setValue(k.orElse(null));
        }
        signerDetail.setText(k.map(vm::signerDetail).orElse(""));
        Nodes.show(signerDetail, k.isPresent());
    }

    @FXML
    void openPracticeProfile() {
        PracticeProfileDialog.open(ctx, profiles, window(), d -> {});
    }

    // ---- readiness
    // ----------------------------------------------------------------------------------------------

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

    /** The places fixed inside this section: bring the control into view and give it the focus. */
    private void fixHere(FixPlace place) {
        switch (place) {
            case LETTERS_SIGNER -> {
                if (vm.signers().isEmpty()) {
                    openPracticeProfile();
                } else {
                    focus(signedByBox);
                    signedByBox.show();
                }
            }
            case LETTERS_VARIANT -> focus(urgencyBox);
            case LETTERS_STALE ->
                    staleBox.lookupAll(".button").stream()
                            .findFirst()
                            .ifPresent(b -> focus((Control) b));
            case LETTERS_CONSENT -> focus(part2Card.isVisible() ? consentRecipient : urgencyBox);
            case LETTERS_ENCLOSURES -> focus(addEnclosureButton);
            case PRACTICE_PROFILE -> openPracticeProfile();
            default -> {}
        }
    }

    private void focus(Control c) {
        root.applyCss();
        root.layout();
        double contentHeight = root.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double y = root.sceneToLocal(c.localToScene(c.getBoundsInLocal())).getMinY() - 40;
            scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
        }
        c.requestFocus();
    }

    private void stale() {
        StaleParts.show(staleBox, vm.stale(), vm::keepMine, vm::takeNew);
    }

    private void gaps() {
        gapsLabel.setText(String.join("\n", vm.gaps().stream().map(g -> "• " + g).toList()));
        gapsBox.setVisible(!vm.gaps().isEmpty());
        gapsBox.setManaged(!vm.gaps().isEmpty());
    }

    private void totals() {
        int total = vm.parts().stream().mapToInt(PartInfo::pages).sum();
        long problems = vm.parts().stream().filter(p -> p.problem().isPresent()).count();
        totalLabel.setText(
                Messages.format("packet.parts.total", total)
                        + (problems == 0
                                ? ""
                                : " · " + Messages.format("packet.parts.problems", problems)));
    }

    private void variantChanged() {
        if (showing
                || urgencyBox.getValue() == null
                || signerBox.getValue() == null
                || levelBox.getValue() == null) {
            return;
        }
        vm.setVariant(urgencyBox.getValue(), signerBox.getValue(), levelBox.getValue());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    void draft() {
        List<LetterPart> atStake = vm.editsAtStake();
        if (atStake.isEmpty()) {
            vm.regenerate(false);
            return;
        }
        ButtonType replace =
                new ButtonType(
                        Messages.get("packet.regenerate.replace"), ButtonBar.ButtonData.OTHER);
        ButtonType keep =
                new ButtonType(
                        Messages.get("packet.regenerate.keep"), ButtonBar.ButtonData.OK_DONE);
        Alert a =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        Messages.format(
                                "packet.regenerate.body",
                                String.join(", ", atStake.stream().map(Messages::label).toList())),
                        keep,
                        replace,
                        ButtonType.CANCEL);
        a.setHeaderText(Messages.get("packet.regenerate.header"));
        a.initOwner(window());
        a.showAndWait()
                .ifPresent(
                        b -> {
                            if (b == replace) {
                                vm.regenerate(true);
                            } else if (b == keep) {
                                vm.regenerate(false);
                            }
                        });
    }

    @FXML
    private void revert() {
        LetterSection s = letterParts.getSelectionModel().getSelectedItem();
        if (s != null) {
            vm.revertPart(s.part());
        }
    }

    @FXML
    private void moveUp() {
        move(-1);
    }

    @FXML
    private void moveDown() {
        move(1);
    }

    private void move(int d) {
        PartInfo p = partsTable.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.move(p, d);
        }
    }

    @FXML
    private void exclude() {
        PartInfo p = partsTable.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.exclude(p);
        }
    }

    @FXML
    private void includeAll() {
        vm.includeAll();
    }

    @FXML
    private void addEnclosure() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("packet.enclosure.choose"));
        chooser.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                Messages.get("packet.enclosure.filter"),
                                EnclosurePages.ACCEPTED.stream().map(x -> "*." + x).toList()));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            vm.addEnclosures(files.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void removeEnclosure() {
        PartInfo p = partsTable.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.removeEnclosure(p);
        }
    }

    @FXML
    void addConsent() {
        consentError.setText("");
        var signed = Dates.parse(consentSigned.getText());
        var expires = Dates.parse(consentExpires.getText());
        if (signed.error().isPresent() || expires.error().isPresent()) {
            consentError.setText(signed.error().or(expires::error).orElseThrow());
            return;
        }
        if (signed.value().isEmpty()) {
            consentError.setText(Messages.get("packet.part2.signedRequired"));
            return;
        }
        try {
            vm.addConsent(
                    consentRecipient.getText(),
                    consentPurpose.getValue(),
                    consentDetail.getText(),
                    expires.value(),
                    consentEvent.getText(),
                    signed.value().get(),
                    consentSignedBy.getText(),
                    consentInformation.getText());
            consentDetail.clear();
            consentInformation.clear();
            consentExpires.clear();
            consentEvent.clear();
        } catch (IllegalArgumentException e) {
            consentError.setText(e.getMessage());
        }
    }

    @FXML
    private void removeConsent() {
        Part2Consent k = consentsList.getSelectionModel().getSelectedItem();
        if (k != null) {
            vm.removeConsent(k);
        }
    }

    @FXML
    private void export() {
        ctx.saveDialogs()
                .ask(
                        window(),
                        new SaveDialogs.Request(
                                "packet",
                                Messages.get("packet.export.title"),
                                "appeal-packet-case-" + vm.caseFile().id().orElse(0L) + ".pdf",
                                "PDF",
                                "*.pdf"))
                .ifPresent(this::exportTo);
    }

    /**
     * Exports to the file, then offers to open it (also used by tests, which cannot drive a file
     * chooser); with "Protect with a password…" ticked, the password is asked for first.
     */
    public void exportTo(Path file) {
        if (!protectBox.isSelected()) {
            vm.export(file, Optional.empty(), this::offerToOpen);
            return;
        }
        PasswordDialog.ask(
                ctx,
                window(),
                PasswordViewModel.Purpose.PROTECT_PDF,
                password -> vm.export(file, Optional.of(password), this::offerToOpen));
    }

    private void offerToOpen(Path file) {
        OpenFile.offer(
                ctx, file, window(), Messages.get("packet.export.doneHeader"), vm::statusMessage);
    }

    @FXML
    void open() {
        Path file = vm.lastExportProperty().get();
        if (file != null) {
            OpenFile.open(ctx, file, vm::statusMessage);
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

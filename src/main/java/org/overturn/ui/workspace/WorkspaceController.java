package org.overturn.ui.workspace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.readiness.CasePath;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.SectionView;
import org.overturn.ui.opencase.WorkspaceViewModel;

/** One open case: the sidebar of sections and the section shown. */
public final class WorkspaceController {

    private final UiServices ctx;
    private final WorkspaceViewModel vm;
    private final Map<Section, SectionView> views;
    private final Map<Section, Parent> loaded = new EnumMap<>(Section.class);
    private final Map<Section, Object> controllers = new EnumMap<>(Section.class);

    @FXML private Button backButton;
    @FXML private Label patientLabel;
    @FXML private Label subtitleLabel;
    @FXML private ListView<Section> sections;
    @FXML private StackPane sectionHost;
    @FXML private HBox undoBar;
    @FXML private Label undoText;
    @FXML private HBox pathStrip;
    @FXML private BorderPane root;
    private PathStrip path;
    private UndoBar undoOffer;

    public WorkspaceController(
            UiServices ctx, WorkspaceViewModel vm, Map<Section, SectionView> views) {
        this.ctx = ctx;
        this.vm = vm;
        this.views = Map.copyOf(views);
    }

    @FXML
    private void initialize() {
        sections.getItems().setAll(Section.values());
        sections.setCellFactory(lv -> new SectionCell());
        sections.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, s) -> {
                            if (s != null) {
                                vm.sectionProperty().set(s);
                            }
                        });
        vm.sectionProperty().addListener((o, a, s) -> show(s));
        sections.getSelectionModel().select(vm.sectionProperty().get());
        show(vm.sectionProperty().get());
        vm.caseFileProperty().addListener((o, a, c) -> header(c));
        header(vm.caseFile());
        undoOffer = new UndoBar(undoBar, undoText);
        vm.undoLabelProperty().addListener((o, a, label) -> undoOffer.show(label));
        path = new PathStrip(pathStrip, this::go);
        path.show(vm.pathProperty().get());
        vm.pathProperty().addListener((o, a, p) -> path.show(p));
        SectionShortcuts.install(root, vm, sections, loaded::get);
        vm.focusRequestProperty()
                .addListener(
                        (o, a, id) -> {
                            if (id != null) {
                                Platform.runLater(
                                        () -> {
                                            focusIn(vm.sectionProperty().get(), List.of(id));
                                            vm.focusRequestProperty().set(null);
                                        });
                            }
                        });
    }

    /** The step's section, with the focus on what does that step (so Enter goes on). */
    private void go(CasePath.Status s) {
        Section target = PathStrip.SECTION.get(s.step());
        vm.sectionProperty().set(target);
        Platform.runLater(() -> focusTarget(s));
    }

    private void focusTarget(CasePath.Status s) {
        focusIn(PathStrip.SECTION.get(s.step()), PathTargets.of(s.why()));
    }

    /** Focuses the first of the lookups shown and enabled in the section, scrolled into view. */
    private void focusIn(Section section, List<String> lookups) {
        Parent view = loaded.get(section);
        if (view == null) {
            return;
        }
        view.applyCss(); // a scroll pane's content is reachable by lookup only once its skin exists
        view.layout();
        for (String id : lookups) {
            Node n = view.lookup(id);
            if (n != null && n.isVisible() && !n.isDisabled()) {
                Nodes.reveal(n);
                n.requestFocus();
                return;
            }
        }
    }

    /** The fields of every section opened so far that hold text not saved, "Name: why" each. */
    public List<String> notSaved() {
        List<String> out = new ArrayList<>();
        loaded.values().forEach(root -> out.addAll(FieldCheck.notSaved(root)));
        return out;
    }

    /** Focuses the guided path's next action (when a case opens). */
    public void focusNext() {
        path.nextButton().requestFocus();
    }

    private void header(CaseFile c) {
        patientLabel.setText(c.patient().name());
        String dob =
                c.patient()
                        .dateOfBirth()
                        .map(d -> Messages.format("workspace.dob", Dates.show(d)))
                        .orElse("");
        subtitleLabel.setText(
                Messages.format("workspace.caseNumber", c.id().orElse(0L))
                        + (dob.isEmpty() ? "" : " · " + dob));
    }

    private void show(Section s) {
        Parent view = loaded.computeIfAbsent(s, this::load);
        sectionHost.getChildren().setAll(view);
        if (sections.getSelectionModel().getSelectedItem() != s) {
            sections.getSelectionModel().select(s);
        }
    }

    private Parent load(Section s) {
        SectionView registered = views.get(s);
        if (registered == null) {
            throw new IllegalStateException("no view registered for the section " + s);
        }
        var view = ctx.views().load(registered.controller(), registered.fxml(), vm);
        controllers.put(s, view.controller());
        return view.root();
    }

    /** The controller of a section, loading it if needed (for tests and keyboard navigation). */
    public <T> T section(Section s, Class<T> type) {
        vm.sectionProperty().set(s);
        return type.cast(controllers.get(s));
    }

    @FXML
    private void back() {
        vm.requestClose();
    }

    @FXML
    private void undo() {
        vm.undo();
        undoOffer.hide();
    }
}

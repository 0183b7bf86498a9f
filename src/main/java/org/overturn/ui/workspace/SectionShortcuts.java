package org.overturn.ui.workspace;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Ctrl+1…9 and Ctrl+0 show the sections in the sidebar's order (Cmd on macOS), and the section's
 * main action takes the focus where it has one, so Enter does it.
 */
final class SectionShortcuts {

    private final WorkspaceViewModel vm;
    private final ListView<Section> sections;
    private final Function<Section, Parent> loaded;

    /**
     * @param loaded a section's view once it has been loaded, null before
     */
    private SectionShortcuts(
            WorkspaceViewModel vm, ListView<Section> sections, Function<Section, Parent> loaded) {
        this.vm = vm;
        this.sections = sections;
        this.loaded = loaded;
    }

    /** Listens for the shortcuts anywhere in the workspace. */
    static void install(
            Node root,
            WorkspaceViewModel vm,
            ListView<Section> sections,
            Function<Section, Parent> loaded) {
        SectionShortcuts s = new SectionShortcuts(vm, sections, loaded);
        root.addEventFilter(KeyEvent.KEY_PRESSED, s::pressed);
    }

    /** The shortcut shown beside a section in the sidebar. */
    static String shortcutOf(Section s) {
        int n = s.ordinal() + 1;
        return n == 10 ? "0" : n < 10 ? Integer.toString(n) : "";
    }

    private void pressed(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        int digit =
                e.getCode().isDigitKey() ? e.getCode().getCode() - KeyCode.DIGIT0.getCode() : -1;
        if (e.getCode().isKeypadKey()) {
            digit = e.getCode().getCode() - KeyCode.NUMPAD0.getCode();
        }
        if (digit < 0 || digit > 9) {
            return;
        }
        int index = digit == 0 ? 9 : digit - 1;
        if (index < Section.values().length) {
            Section target = Section.values()[index];
            vm.sectionProperty().set(target);
            sections.requestFocus();
            Platform.runLater(() -> focusPrimary(target));
            e.consume();
        }
    }

    private void focusPrimary(Section target) {
        Parent view = loaded.apply(target);
        if (view != null) {
            // A scroll pane's content is reachable by lookup only once its skin exists.
            view.applyCss();
        }
        Node primary = view == null ? null : view.lookup(".section-primary");
        if (primary != null && primary.isVisible() && !primary.isDisabled()) {
            primary.requestFocus();
        }
    }
}

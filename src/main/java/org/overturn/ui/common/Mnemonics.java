package org.overturn.ui.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;

/**
 * Every button on screen gets an Alt mnemonic, in every window, including buttons built in code and
 * buttons that appear later (a fix button, the stale-letter choice): after each layout pulse the
 * buttons without one are given the first free letter of a word of their label, else any free
 * letter of it. Letters the menu bar uses are never taken, a letter stays with its button while the
 * button is on screen, and buttons with the same label share one mnemonic (the first gets it). Left
 * alone: buttons inside list and table rows (their rows come and go as the list scrolls), and
 * buttons that turned mnemonic parsing off, which is how a screen marks a button repeated on each
 * row of a form or one a Ctrl shortcut already reaches (the guided path's steps are the sections'
 * Ctrl+1…9).
 */
public final class Mnemonics {

    private static final String MARK = "overturn.mnemonics";

    /** The letter a button had, kept in its properties so it survives a change of label. */
    private static final String LETTER = "overturn.mnemonic.letter";

    private static final AtomicBoolean EVERYWHERE = new AtomicBoolean();

    private Mnemonics() {}

    /** Mnemonics in every window the app opens from now on, and in those already open. */
    public static void installEverywhere() {
        if (!EVERYWHERE.compareAndSet(false, true)) {
            return;
        }
        Window.getWindows().forEach(Mnemonics::install);
        Window.getWindows()
                .addListener(
                        (ListChangeListener<Window>)
                                c -> {
                                    while (c.next()) {
                                        c.getAddedSubList().forEach(Mnemonics::install);
                                    }
                                });
    }

    private static void install(Window w) {
        if (w.getScene() != null) {
            install(w.getScene());
        }
        w.sceneProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now != null) {
                                install(now);
                            }
                        });
    }

    /** Mnemonics for the buttons of one scene, kept up to date after each layout pulse. */
    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(MARK, Boolean.TRUE) != null) {
            return;
        }
        scene.addPostLayoutPulseListener(() -> assign(scene));
        // The window may have had its last pulse already.
        Platform.runLater(() -> assign(scene));
    }

    /** Gives each visible button of the scene without a mnemonic a free one; visible for tests. */
    public static void assign(Scene scene) {
        if (scene.getRoot() == null) {
            return;
        }
        List<ButtonBase> buttons = new ArrayList<>();
        Set<Character> taken = new HashSet<>();
        collect(scene.getRoot(), buttons, taken);
        Set<String> labelled = new HashSet<>();
        for (ButtonBase b : buttons) {
            mnemonic(b.getText()).ifPresent(taken::add);
            if (mnemonic(b.getText()).isPresent()) {
                labelled.add(plain(b.getText()));
            }
        }
        List<ButtonBase> needing =
                buttons.stream().filter(b -> b.getText().indexOf('_') < 0).toList();
        // A button whose label the screen changed ("Next: score the patient" → "Next: draft the
        // letter") keeps
        // its letter where it can, before any other button may take it.
        for (ButtonBase b : needing) {
            if (b.getProperties().get(LETTER) instanceof Character was
                    && !taken.contains(was)
                    && labelled.add(plain(b.getText()))) {
                int at = b.getText().toLowerCase(Locale.ROOT).indexOf(was);
                if (at >= 0) {
                    mark(b, at, taken);
                } else {
                    labelled.remove(plain(b.getText()));
                }
            }
        }
        for (ButtonBase b : needing) {
            String text = b.getText();
            if (text.indexOf('_') >= 0 || !labelled.add(plain(text))) {
                continue;
            }
            int at = pick(text, taken);
            if (at >= 0) {
                mark(b, at, taken);
            }
        }
    }

    private static void mark(ButtonBase b, int at, Set<Character> taken) {
        String text = b.getText();
        char letter = Character.toLowerCase(text.charAt(at));
        taken.add(letter);
        b.getProperties().put(LETTER, letter);
        b.setMnemonicParsing(true);
        b.setText(text.substring(0, at) + "_" + text.substring(at));
    }

    private static void collect(Node n, List<ButtonBase> out, Set<Character> taken) {
        // Hidden buttons keep their letters (an empty-state button shown again must not collide
        // with the toolbar's).
        if (n instanceof IndexedCell<?>) {
            return;
        }
        if (n instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                mnemonic(m.getText()).ifPresent(taken::add);
            }
            return;
        }
        if (n instanceof ButtonBase b
                && (b instanceof Button || b instanceof ToggleButton || b instanceof MenuButton)
                && b.isMnemonicParsing()
                && b.getText() != null
                && !b.getText().isBlank()
                && !b.textProperty().isBound()) {
            out.add(b);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out, taken);
            }
        }
    }

    /** The letter a text's "_" marks, in lower case; empty when it marks none. */
    static Optional<Character> mnemonic(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) == '_') {
                    i++;
                    continue;
                }
                return Optional.of(Character.toLowerCase(text.charAt(i + 1)));
            }
        }
        return Optional.empty();
    }

    /** The label as shown: the mnemonic marker removed. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '_' && i + 1 < text.length()) {
                i++;
                ch = text.charAt(i);
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    /**
     * The index of the letter to mark: a free first letter of a word, else any free letter or
     * digit.
     */
    static int pick(String text, Set<Character> taken) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart && usable(ch, taken)) {
                return i;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (usable(text.charAt(i), taken)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean usable(char ch, Set<Character> taken) {
        return ch < 128
                && Character.isLetterOrDigit(ch)
                && !taken.contains(Character.toLowerCase(ch));
    }
}

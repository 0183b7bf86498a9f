package org.overturn.ui.common;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.overturn.domain.cases.HasId;

/**
 * Type-ahead in every drop-down list: with the list focused (open or closed), typing letters
 * selects the first entry whose label starts with what was typed in the last second ("n", "ne",
 * "new" walk down to "New York"), else the first with a word starting with it ("york"); typing the
 * same letter again moves to the next entry starting with it. Space opens a closed list (JavaFX
 * opens it on F4 and Alt+Down only). Editable and searchable lists, which take typed text
 * themselves, are left alone.
 */
public final class TypeAhead {

    /** Letters typed more than this long after the last start a new search. */
    static final long RESET_NANOS = 1_000_000_000L;

    private static final String MARK = "overturn.typeAhead";

    private TypeAhead() {}

    /** Type-ahead for every plain combo box under the root. */
    public static void install(Parent root) {
        Nodes.descendants(
                root,
                n -> {
                    if (n instanceof ComboBox<?> box
                            && !box.isEditable()
                            && !box.getClass().getName().startsWith("org.controlsfx")) {
                        install(box);
                    }
                });
    }

    public static <T> void install(ComboBox<T> box) {
        if (box.getProperties().putIfAbsent(MARK, Boolean.TRUE) != null) {
            return;
        }
        Search search = new Search();
        box.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.SPACE
                            && !box.isShowing()
                            && !e.isShortcutDown()
                            && !e.isAltDown()
                            && !search.active(System.nanoTime())) {
                        box.show();
                        e.consume();
                    }
                });
        box.addEventFilter(
                KeyEvent.KEY_TYPED,
                e -> {
                    String ch = e.getCharacter();
                    if (ch.isEmpty()
                            || e.isShortcutDown()
                            || e.isAltDown()
                            || e.isControlDown()
                            || !Character.isLetterOrDigit(ch.codePointAt(0))
                                    && !(ch.equals(" ") && search.active(System.nanoTime()))) {
                        return;
                    }
                    Function<T, String> label = item -> label(box, item);
                    String typed = search.next(ch, System.nanoTime());
                    int from = box.getSelectionModel().getSelectedIndex();
                    find(box.getItems(), label, typed, from)
                            .ifPresent(
                                    i -> {
                                        box.getSelectionModel().select(i);
                                        if (box.isShowing()
                                                && box.getSkin()
                                                        instanceof ComboBoxListViewSkin<?> skin
                                                && skin.getPopupContent()
                                                        instanceof ListView<?> list) {
                                            list.scrollTo(i);
                                        }
                                    });
                    e.consume();
                });
    }

    /** What the list shows for an item: its converter's text, else its label, else its text. */
    private static <T> String label(ComboBox<T> box, T item) {
        StringConverter<T> c = box.getConverter();
        if (c != null) {
            String s = c.toString(item);
            if (s != null && !s.isEmpty()) {
                return s;
            }
        }
        if (item instanceof HasId h) {
            return Messages.label(h);
        }
        return String.valueOf(item);
    }

    /**
     * The index of the entry to select for what was typed: one letter typed again moves past the
     * entry selected now to the next starting with it; otherwise the first entry starting with the
     * text, else the first with a word starting with it.
     */
    static <T> Optional<Integer> find(
            List<T> items, Function<T, String> label, String typed, int selected) {
        String t = typed.toLowerCase(Locale.ROOT);
        boolean cycling = t.length() > 1 && t.chars().allMatch(ch -> ch == t.charAt(0));
        if (t.length() == 1 || cycling) {
            String first = t.substring(0, 1);
            int n = items.size();
            for (int k = 1; k <= n; k++) {
                int i = (Math.max(selected, -1) + k) % n;
                if (norm(label.apply(items.get(i))).startsWith(first)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
        for (int i = 0; i < items.size(); i++) {
            if (norm(label.apply(items.get(i))).startsWith(t)) {
                return Optional.of(i);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            String l = norm(label.apply(items.get(i)));
            for (int at = 1; at < l.length(); at++) {
                boolean wordStart =
                        Character.isLetterOrDigit(l.charAt(at))
                                && !Character.isLetterOrDigit(l.charAt(at - 1));
                if (wordStart && l.startsWith(t, at)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static String norm(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    /** The letters typed in the last second. */
    static final class Search {
        String typed = "";
        private long last;

        boolean active(long now) {
            return !typed.isEmpty() && now - last <= RESET_NANOS;
        }

        String next(String ch, long now) {
            if (now - last > RESET_NANOS) {
                typed = "";
            }
            last = now;
            typed += ch;
            return typed;
        }
    }
}

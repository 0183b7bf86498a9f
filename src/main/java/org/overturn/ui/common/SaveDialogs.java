package org.overturn.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where files are saved: the system's save dialog, opened on the folder last saved to (for the same
 * kind of file, else any), or the user's Documents folder the first time, never the program's own
 * folder.
 */
public class SaveDialogs {

    /**
     * What is being saved: its kind (the folder is remembered per kind), the dialog's title, the
     * default name and its file type, and any other types the file may be saved as.
     */
    public record Request(
            String kind,
            String title,
            String fileName,
            String filterName,
            String pattern,
            List<Type> others) {

        public Request {
            others = List.copyOf(others);
        }

        public Request(
                String kind, String title, String fileName, String filterName, String pattern) {
            this(kind, title, fileName, filterName, pattern, List.of());
        }

        /** Every type offered, the default first. */
        public List<Type> types() {
            List<Type> all = new ArrayList<>();
            if (filterName != null && pattern != null) {
                all.add(new Type(filterName, pattern));
            }
            all.addAll(others);
            return all;
        }
    }

    /** A file type offered in the dialog: its name and pattern, e.g. {@code *.json}. */
    public record Type(String name, String pattern) {

        /** The extension the pattern gives, with its dot ({@code .json}), or empty. */
        String extension() {
            return pattern.startsWith("*.") ? pattern.substring(1) : "";
        }
    }

    static final String LAST = "save.folder.last";

    private final Preferences prefs;

    public SaveDialogs(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Asks where to save; empty when the user cancels. The folder chosen is remembered. */
    public Optional<Path> ask(Window owner, Request r) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(r.title());
        List<Type> types = r.types();
        for (Type t : types) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(t.name(), t.pattern()));
        }
        chooser.setInitialFileName(r.fileName());
        chooser.setInitialDirectory(folderFor(r.kind()).toFile());
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path chosen = f.toPath();
        if (!r.others().isEmpty()) {
            int selected =
                    chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
            chosen = withExtension(chosen, r, types.get(Math.max(0, selected)));
        }
        remember(r.kind(), chosen);
        return Optional.of(chosen);
    }

    /**
     * The file as the user meant it when several types are offered: a name typed with one of the
     * offered extensions keeps it; a name without one gets the chosen type's; and the default name
     * left as it was takes the chosen type's extension (some systems' dialogs leave the name alone
     * when another type is picked).
     */
    static Path withExtension(Path file, Request r, Type chosen) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (Type t : r.types()) {
            String ext = t.extension();
            if (!ext.isEmpty() && lower.endsWith(ext)) {
                if (name.equals(r.fileName())
                        && !t.equals(chosen)
                        && !chosen.extension().isEmpty()) {
                    return file.resolveSibling(
                            name.substring(0, name.length() - ext.length()) + chosen.extension());
                }
                return file;
            }
        }
        return file.resolveSibling(name + chosen.extension());
    }

    /** The folder the dialog opens on for this kind of file. */
    public Path folderFor(String kind) {
        for (String key : new String[] {LAST + "." + kind, LAST}) {
            String saved = prefs.get(key, "");
            if (!saved.isEmpty()) {
                Path p = Path.of(saved);
                if (Files.isDirectory(p)) {
                    return p;
                }
            }
        }
        return documents();
    }

    /** Keeps the folder of a file just saved, for this kind and as the last of any kind. */
    public void remember(String kind, Path saved) {
        Path folder = saved.toAbsolutePath().getParent();
        if (folder != null) {
            prefs.put(LAST + "." + kind, folder.toString());
            prefs.put(LAST, folder.toString());
        }
    }

    /**
     * The user's Documents folder where there is one (Windows, macOS, most Linux desktops), else
     * their home.
     */
    static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path docs = home.resolve("Documents");
        return Files.isDirectory(docs) ? docs : home;
    }
}

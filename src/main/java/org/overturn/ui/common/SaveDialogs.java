package org.overturn.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * What is being saved: its kind (the folder is remembered per kind), the dialog's title and the
     * default name.
     */
    public record Request(
            String kind, String title, String fileName, String filterName, String pattern) {}

    static final String LAST = "save.folder.last";

    private final Preferences prefs;

    public SaveDialogs(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Asks where to save; empty when the user cancels. The folder chosen is remembered. */
    public Optional<Path> ask(Window owner, Request r) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(r.title());
        if (r.filterName() != null && r.pattern() != null) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(r.filterName(), r.pattern()));
        }
        chooser.setInitialFileName(r.fileName());
        chooser.setInitialDirectory(folderFor(r.kind()).toFile());
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        remember(r.kind(), f.toPath());
        return Optional.of(f.toPath());
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

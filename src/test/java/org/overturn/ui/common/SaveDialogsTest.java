package org.overturn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveDialogsTest {

    private final Preferences prefs =
            Preferences.userRoot().node("overturn-test/save-dialogs-" + System.nanoTime());

    @TempDir Path dir;

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theFirstSaveOpensOnTheDocumentsFolderOrHomeNeverTheProgramsFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path first = new SaveDialogs(prefs).folderFor("packet");
        assertThat(first).isIn(home.resolve("Documents"), home);
        assertThat(Files.isDirectory(first)).isTrue();
    }

    @Test
    void eachKindReopensWhereItWasLastSavedAndANewKindWhereAnythingWasLast() throws Exception {
        SaveDialogs d = new SaveDialogs(prefs);
        Path packets = Files.createDirectories(dir.resolve("appeals"));
        Path sheets = Files.createDirectories(dir.resolve("calls"));
        d.remember("packet", packets.resolve("a.pdf"));
        d.remember("p2p", sheets.resolve("b.pdf"));
        assertThat(d.folderFor("packet")).isEqualTo(packets);
        assertThat(d.folderFor("p2p")).isEqualTo(sheets);
        assertThat(d.folderFor("calendar")).isEqualTo(sheets);
        // Remembered across runs (the preferences outlive the dialog).
        assertThat(new SaveDialogs(prefs).folderFor("packet")).isEqualTo(packets);
    }

    @Test
    void aRememberedFolderThatIsGoneFallsBackRatherThanFailing() throws Exception {
        SaveDialogs d = new SaveDialogs(prefs);
        Path gone = Files.createDirectories(dir.resolve("usb"));
        d.remember("packet", gone.resolve("a.pdf"));
        Files.delete(gone);
        assertThat(d.folderFor("packet")).isEqualTo(SaveDialogs.documents());
    }

    @Test
    void withTwoTypesTheNameTypedWinsAndTheDefaultNameFollowsTheTypePicked() {
        SaveDialogs.Type bundle = new SaveDialogs.Type("Case bundle", "*.overturn");
        SaveDialogs.Type json = new SaveDialogs.Type("Case file only", "*.json");
        SaveDialogs.Request r =
                new SaveDialogs.Request(
                        "case",
                        "Export",
                        "case-3.overturn",
                        bundle.name(),
                        bundle.pattern(),
                        List.of(json));
        Path folder = dir;
        assertThat(SaveDialogs.withExtension(folder.resolve("case-3.overturn"), r, bundle))
                .isEqualTo(folder.resolve("case-3.overturn"));
        // GTK leaves the default name alone when another type is picked.
        assertThat(SaveDialogs.withExtension(folder.resolve("case-3.overturn"), r, json))
                .isEqualTo(folder.resolve("case-3.json"));
        assertThat(SaveDialogs.withExtension(folder.resolve("smith"), r, json))
                .isEqualTo(folder.resolve("smith.json"));
        assertThat(SaveDialogs.withExtension(folder.resolve("smith"), r, bundle))
                .isEqualTo(folder.resolve("smith.overturn"));
        // A name typed with an offered extension is what the user asked for.
        assertThat(SaveDialogs.withExtension(folder.resolve("smith.JSON"), r, bundle))
                .isEqualTo(folder.resolve("smith.JSON"));
    }
}

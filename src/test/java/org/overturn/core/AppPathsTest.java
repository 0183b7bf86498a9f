package org.overturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppPathsTest {

    private static final String HOME = "/home/ana";

    @Test
    void theDataDirOptionWinsOverOverturnHomeAndThePlatformDefault(@TempDir Path dir) {
        Path cli = dir.resolve("from-cli");
        Map<String, String> env =
                Map.of(
                        "OVERTURN_HOME",
                        dir.resolve("from-env").toString(),
                        "XDG_DATA_HOME",
                        dir.resolve("xdg").toString());

        AppPaths paths = AppPaths.resolve(Optional.of(cli), env, "Linux", HOME);

        assertThat(paths.dataDir()).isEqualTo(cli);
        assertThat(paths.database()).isEqualTo(cli.resolve("overturn.db"));
        assertThat(paths.backups()).isEqualTo(cli.resolve("backups"));
    }

    @Test
    void overturnHomeWinsOverThePlatformDefault(@TempDir Path dir) {
        Map<String, String> env =
                Map.of(
                        "OVERTURN_HOME",
                        dir.resolve("from-env").toString(),
                        "XDG_DATA_HOME",
                        dir.resolve("xdg").toString());

        assertThat(AppPaths.resolve(Optional.empty(), env, "Linux", HOME).dataDir())
                .isEqualTo(dir.resolve("from-env"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankOverturnHomeIsIgnored(String blank) {
        AppPaths paths =
                AppPaths.resolve(Optional.empty(), Map.of("OVERTURN_HOME", blank), "Linux", HOME);

        assertThat(paths.dataDir()).isEqualTo(Path.of(HOME, ".local", "share", "overturn"));
    }

    @Test
    void withoutEitherThePlatformDefaultIsUsed() {
        assertThat(
                        AppPaths.resolve(
                                        Optional.empty(),
                                        Map.of("XDG_DATA_HOME", "/data/xdg"),
                                        "Linux",
                                        HOME)
                                .dataDir())
                .isEqualTo(Path.of("/data/xdg/overturn"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(AppPaths.platformDefault(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/data/xdg", "overturn"));
    }

    @Test
    void linuxFallsBackToDotLocalShare() {
        assertThat(AppPaths.platformDefault(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "overturn"));
        assertThat(AppPaths.platformDefault(Map.of("XDG_DATA_HOME", ""), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "overturn"));
    }

    @Test
    void windowsUsesLocalAppDataNotTheRoamingProfile() {
        String local = "C:\\Users\\ana\\AppData\\Local";
        Map<String, String> env =
                Map.of("LOCALAPPDATA", local, "APPDATA", "C:\\Users\\ana\\AppData\\Roaming");

        Path p = AppPaths.platformDefault(env, "Windows 11", "C:\\Users\\ana");

        assertThat(p).isEqualTo(Path.of(local).resolve("Overturn"));
        assertThat(p.toString()).doesNotContain("Roaming");
    }

    @Test
    void windowsWithoutLocalAppDataUsesTheHomeFoldersLocalAppData() {
        assertThat(AppPaths.platformDefault(Map.of(), "Windows 10", "/users/ana"))
                .isEqualTo(Path.of("/users/ana", "AppData", "Local", "Overturn"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(
                        AppPaths.platformDefault(
                                Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana", "Library", "Application Support", "Overturn"));
    }

    @Test
    void aDataFolderThatIsAnExistingFileIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> new AppPaths(file).ensureWritable())
                .isInstanceOf(DataFolderException.class)
                .hasMessage(
                        "The data folder "
                                + file
                                + " is a file, not a folder. "
                                + "Choose another folder with --data-dir or OVERTURN_HOME.");
        assertThat(file).hasContent("x");
    }

    @Test
    void aDataFolderUnderAnExistingFileIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");

        assertThatThrownBy(() -> new AppPaths(file.resolve("sub")).ensureWritable())
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining("cannot write to its data folder")
                .hasMessageContaining("--data-dir or OVERTURN_HOME");
    }

    @Test
    void aMissingDataFolderIsCreatedAndLeftEmpty(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("a/b/c");

        new AppPaths(folder).ensureWritable();

        assertThat(folder).isDirectory().isEmptyDirectory();
    }
}

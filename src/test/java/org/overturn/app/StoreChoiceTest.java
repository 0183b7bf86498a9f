package org.overturn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.overturn.cli.OverturnCli;
import org.overturn.core.StoreLocation;

/** Which store the app opens: the command line, then OVERTURN_STORE, then Settings, then local. */
class StoreChoiceTest {

    private final Preferences prefs =
            Preferences.userRoot().node("org/overturn/test-store-" + UUID.randomUUID());

    @AfterEach
    void remove() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void nothingChosenIsTheLocalStore() {
        assertThat(StoreChoice.resolve(List.of(), Optional.empty(), prefs))
                .isEqualTo(StoreLocation.local());
    }

    @Test
    void settingsAreKeptWithoutAPasswordAndReadBack() throws BackingStoreException {
        StoreLocation shared =
                StoreLocation.parse(
                        "postgresql://bob@db.example.org/overturn",
                        false,
                        Optional.of(Path.of("/etc/overturn/ca.pem")));
        StoreChoice.save(prefs, shared);
        assertThat(StoreChoice.resolve(List.of(), Optional.empty(), prefs)).isEqualTo(shared);
        assertThat(prefs.node(StoreChoice.NODE).keys())
                .containsExactlyInAnyOrder(
                        StoreChoice.URI, StoreChoice.ALLOW_LOCAL_PLAIN, StoreChoice.CA_FILE);
        StoreChoice.save(prefs, StoreLocation.local());
        assertThat(StoreChoice.saved(prefs)).isEqualTo(StoreLocation.local());
    }

    @Test
    void theEnvironmentWinsOverSettingsAndTheCommandLineOverBoth() {
        StoreChoice.save(
                prefs,
                StoreLocation.parse(
                        "postgresql://settings.example.org/a", false, Optional.empty()));
        assertThat(
                        StoreChoice.resolve(
                                        List.of(),
                                        Optional.of("postgresql://env.example.org/b"),
                                        prefs)
                                .toString())
                .isEqualTo("postgresql://env.example.org/b");
        assertThat(
                        StoreChoice.resolve(
                                List.of(
                                        "--store",
                                        "postgresql://localhost/c",
                                        "--store-allow-local-plain"),
                                Optional.of("postgresql://env.example.org/b"),
                                prefs))
                .isEqualTo(StoreLocation.parse("postgresql://localhost/c", true, Optional.empty()));
        assertThat(StoreChoice.resolve(List.of("--store=local"), Optional.empty(), prefs))
                .isEqualTo(StoreLocation.local());
    }

    @Test
    void aBadStoreOnTheCommandLineIsRefusedAndABadSavedOneFallsBackToLocal() {
        assertThatThrownBy(
                        () ->
                                StoreChoice.resolve(
                                        List.of("--store", "mysql://x/y"), Optional.empty(), prefs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a shared store's address starts postgresql://");
        prefs.node(StoreChoice.NODE).put(StoreChoice.URI, "not an address");
        assertThat(StoreChoice.saved(prefs)).isEqualTo(StoreLocation.local());
    }

    @Test
    void theDesktopTakesTheStoreOptionsWithoutACommand() {
        String[] app = {
            "--data-dir", "/d", "--store", "postgresql://h/db", "--store-allow-local-plain"
        };
        assertThat(OverturnCli.desktopArgs(app)).isEqualTo(app);
        assertThat(OverturnCli.desktopArgs(new String[] {"--store=postgresql://h/db"})).isNotNull();
        assertThat(
                        OverturnCli.desktopArgs(
                                new String[] {"--store", "postgresql://h/db", "case", "list"}))
                .isNull();
        assertThat(OverturnCli.desktopArgs(new String[] {"--store"})).isNull();
        assertThat(OverturnCli.desktopArgs(new String[] {})).isEmpty();
    }
}

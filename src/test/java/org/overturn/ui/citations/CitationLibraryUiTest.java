package org.overturn.ui.citations;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.Verification;
import org.overturn.persistence.CitationLoader;
import org.overturn.ui.UiHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help → Citation library lists every entry with its source, and searches them. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CitationLibraryUiTest {

    private UiHarness h;

    @Start
    void start(Stage stage) throws Exception {
        h = new UiHarness();
        h.start(stage);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.lookup("#citationSearchField")
                .tryQuery()
                .ifPresent(n -> robot.interact(() -> n.getScene().getWindow().hide()));
        h.stop();
        h.forget();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHelpMenuOpensTheLibraryListingEveryEntryWithItsSourceAndSearchNarrowsIt(FxRobot robot) {
        CitationLibrary library = CitationLoader.loadBuiltIn();
        robot.clickOn("Help");
        robot.clickOn("Citation library");
        UiHarness.waitUntil(() -> robot.lookup("#citationSearchField").tryQuery().isPresent());

        TableView<Citation> table = robot.lookup("#citationTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(library.all().size());
        assertThat(table.getItems()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
        assertThat(table.getColumns())
                .extracting(c -> c.getText())
                .contains("Source", "Verification", "Plan types");
        assertThat(
                        table.getColumns().stream()
                                .filter(c -> c.getText().equals("Source"))
                                .findFirst()
                                .orElseThrow()
                                .getCellData(0))
                .isEqualTo(table.getItems().get(0).source());

        // The detail of the selected entry shows our summary; an unverified entry says to verify
        // it.
        Citation first = table.getItems().get(0);
        assertThat(robot.lookup((Label l) -> l.getText().equals(first.summary())).tryQuery())
                .isPresent();
        Citation unverified =
                library.all().stream()
                        .filter(c -> c.verification() == Verification.UNVERIFIED)
                        .findFirst()
                        .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(unverified));
        assertThat(
                        robot.lookup(
                                        (Label l) ->
                                                l.getText()
                                                        .startsWith(
                                                                "Unverified: verify before relying on it"))
                                .tryQuery())
                .isPresent();

        TextField search = robot.lookup("#citationSearchField").queryAs(TextField.class);
        robot.interact(() -> search.setText("united behavioral"));
        assertThat(table.getItems())
                .isNotEmpty()
                .hasSizeLessThan(library.all().size())
                .anySatisfy(c -> assertThat(c.id()).contains("wit"));
        robot.interact(() -> search.setText("no such entry anywhere"));
        assertThat(table.getItems()).isEmpty();
    }
}

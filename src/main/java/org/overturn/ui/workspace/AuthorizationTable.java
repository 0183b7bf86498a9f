package org.overturn.ui.workspace;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;

/**
 * The authorization periods card: the table of periods and the row that enters a new one, bound to
 * {@link DenialsViewModel}. Its nodes come from the section's FXML.
 */
final class AuthorizationTable {

    private AuthorizationTable() {}

    static void bind(
            DenialsViewModel vm,
            TableView<AuthorizationPeriod> table,
            TableColumn<AuthorizationPeriod, String> firstColumn,
            TableColumn<AuthorizationPeriod, String> lastColumn,
            TableColumn<AuthorizationPeriod, String> unitsColumn,
            TableColumn<AuthorizationPeriod, String> reviewColumn,
            TextField first,
            TextField last,
            TextField units,
            TextField review,
            Button remove,
            Label error) {
        firstColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().firstDay())));
        lastColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().lastDay())));
        unitsColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Numbers.show(c.getValue().units())));
        reviewColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().nextReviewDate())));
        table.setPlaceholder(new Label(Messages.get("auth.none")));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        first.textProperty().bindBidirectional(vm.authFirst);
        last.textProperty().bindBidirectional(vm.authLast);
        units.textProperty().bindBidirectional(vm.authUnits);
        review.textProperty().bindBidirectional(vm.authReview);
        error.textProperty().bind(vm.authErrorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
    }
}

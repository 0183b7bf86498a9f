package org.overturn.ui.clock;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;

/**
 * The list of requests on the Overview: kind, date sent, where each stands and its basis; an
 * overdue one is marked and a note shows as a tooltip. The case's requests are replaced on every
 * edit, so the selection is kept by id.
 */
final class RequestTable {

    private final TableView<DisclosureRequest> table;
    private final DisclosureViewModel vm;

    RequestTable(
            TableView<DisclosureRequest> table,
            TableColumn<DisclosureRequest, String> kindColumn,
            TableColumn<DisclosureRequest, String> sentColumn,
            TableColumn<DisclosureRequest, String> standingColumn,
            TableColumn<DisclosureRequest, String> basisColumn,
            DisclosureViewModel vm) {
        this.table = table;
        this.vm = vm;
        kindColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().kind())));
        sentColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().sentOn())));
        standingColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(vm.standing(c.getValue())));
        basisColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(vm.basis(c.getValue().citationId())));
        table.setItems(vm.requests());
        table.setPlaceholder(new Label(Messages.get("disclosure.empty")));
        table.setRowFactory(tv -> new Row());
    }

    /**
     * Refreshes the rows whenever the case's requests are replaced (registered once the rest of the
     * card is bound, as before).
     */
    void refreshOnChange() {
        vm.requests().addListener((ListChangeListener<DisclosureRequest>) ch -> table.refresh());
    }

    ReadOnlyObjectProperty<DisclosureRequest> selectedProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    Optional<DisclosureRequest> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    /** Selects the request with this id, or nothing when the list no longer has it. */
    void select(String id) {
        table.getSelectionModel()
                .select(
                        vm.requests().stream()
                                .filter(x -> x.id().equals(id))
                                .findFirst()
                                .orElse(null));
    }

    /** Selects the request with this id again, keeping the selection when the list lacks it. */
    void reselect(String id) {
        vm.requests().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .ifPresent(x -> table.getSelectionModel().select(x));
    }

    private final class Row extends TableRow<DisclosureRequest> {
        @Override
        protected void updateItem(DisclosureRequest r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove("request-overdue");
            if (!empty && r != null && vm.overdue(r)) {
                getStyleClass().add("request-overdue");
            }
            setTooltip(empty || r == null || r.note().isEmpty() ? null : new Tooltip(r.note()));
        }
    }
}

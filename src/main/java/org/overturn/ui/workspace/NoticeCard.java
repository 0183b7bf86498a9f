package org.overturn.ui.workspace;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.ReceiptMethod;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * The notice card of the denial form: when and how the notice came, its type, urgency and level of
 * care, bound to {@link DenialForm}. A notice received by phone shows a note; an urgent flag that
 * does not fit the type shows why. Its nodes come from the section's FXML.
 */
final class NoticeCard {

    private NoticeCard() {}

    static void bind(
            DenialForm form,
            Function<String, Optional<String>> noticeDateWarning,
            ValidationSupport vs,
            TextField noticeDateField,
            Label noticeDateError,
            ComboBox<ReceiptMethod> receivedByBox,
            TextField receivedDateField,
            Label receivedDateError,
            TextField receivedTimeField,
            Label receivedTimeError,
            ComboBox<DenialType> denialTypeBox,
            CheckBox urgentBox,
            Label urgentError,
            ComboBox<LevelOfCare> levelBox,
            Label phoneNote) {
        FormBindings.text(
                        vs,
                        noticeDateField,
                        form.noticeDate,
                        noticeDateError,
                        form::checkNoticeDate)
                .warnWhen(noticeDateWarning);
        FormBindings.text(
                vs,
                receivedDateField,
                form.receivedDate,
                receivedDateError,
                form::checkReceivedDate);
        FieldCheck timeCheck =
                FormBindings.text(
                        vs,
                        receivedTimeField,
                        form.receivedTime,
                        receivedTimeError,
                        form::checkReceivedTime);
        form.receivedDate.addListener((o, a, b) -> timeCheck.evaluate());
        urgentBox.selectedProperty().bindBidirectional(form.urgent);
        urgentError
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> form.urgentProblem().orElse(""),
                                form.urgent,
                                form.denialType));
        urgentError.managedProperty().bind(urgentError.textProperty().isNotEmpty());
        FormBindings.choice(receivedByBox, ReceiptMethod.values(), form.receivedBy);
        FormBindings.choice(denialTypeBox, DenialType.values(), form.denialType);
        FormBindings.choice(levelBox, LevelOfCare.values(), form.levelOfCare);
        form.receivedBy.addListener((o, a, b) -> phoneNote(form, phoneNote));
        phoneNote(form, phoneNote);
    }

    private static void phoneNote(DenialForm form, Label note) {
        boolean phone = form.receivedBy.get() == ReceiptMethod.PHONE;
        note.setText(phone ? Messages.get("denial.phoneNote") : "");
        Nodes.show(note, phone);
    }
}

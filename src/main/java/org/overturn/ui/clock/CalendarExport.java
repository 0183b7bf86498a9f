package org.overturn.ui.clock;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.deadlines.CaseClock;
import org.overturn.domain.deadlines.ClockSummary;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.DeadlineSchedule;
import org.overturn.export.ics.DeadlineCalendarExporter;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;

/**
 * File → Export deadlines to calendar…: the open case's open deadlines as an .ics file. Calendars
 * sync to the cloud, so events name the case by its number and the patient's initials unless the
 * user ticks the box for the full name.
 */
public final class CalendarExport {

    private final UiServices ctx;

    public CalendarExport(UiServices ctx) {
        this.ctx = ctx;
    }

    /**
     * The deadlines still open at the case's status (a filed appeal's filing deadline is not
     * exported).
     */
    public static Optional<DeadlineSchedule> openDeadlines(CaseFile c, Clock clock) {
        Optional<DeadlineInput> in;
        try {
            in = c.deadlineInput();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (in.isEmpty()) {
            return Optional.empty();
        }
        DeadlineSchedule all = new DeadlineCalculator(clock.getZone()).calculate(in.get());
        ClockSummary s =
                CaseClock.summarize(
                        all,
                        in.get().planType(),
                        c.status(),
                        in.get().facts(),
                        LocalDateTime.now(clock));
        return s.open().isEmpty()
                ? Optional.empty()
                : Optional.of(new DeadlineSchedule(s.open(), all.notes(), all.notComputedReason()));
    }

    /** Writes the file (temporary file, then moved into place); runs off the FX thread. */
    public static int write(
            CaseFile c, DeadlineSchedule s, boolean fullName, Path target, Clock clock) {
        try {
            new DeadlineCalendarExporter(clock)
                    .export(c, s, new DeadlineCalendarExporter.Options(fullName), target);
            return s.deadlines().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asks about the name and where to save, then writes in the background and says how it went.
     */
    public void run(CaseFile c, Window owner) {
        Optional<DeadlineSchedule> schedule = openDeadlines(c, ctx.clock());
        if (schedule.isEmpty()) {
            alert(
                    owner,
                    Alert.AlertType.INFORMATION,
                    Messages.get("calendar.title"),
                    Messages.get("calendar.none"));
            return;
        }
        CheckBox fullName = new CheckBox(Messages.get("calendar.fullName"));
        fullName.setId("calendarFullName");
        fullName.setSelected(false);
        Label privacy =
                new Label(
                        Messages.format(
                                "calendar.privacy", c.id().orElse(0L), c.patient().initials()));
        privacy.setWrapText(true);
        privacy.setMaxWidth(460);
        Label fullNameNote = new Label(Messages.get("calendar.fullName.explain"));
        fullNameNote.setWrapText(true);
        fullNameNote.setMaxWidth(460);
        fullNameNote.getStyleClass().add("text-muted");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("calendar.title"));
        dialog.setHeaderText(Messages.format("calendar.header", schedule.get().deadlines().size()));
        dialog.getDialogPane().setContent(new VBox(10, privacy, fullName, fullNameNote));
        ButtonType choose =
                new ButtonType(Messages.get("calendar.choose"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(choose, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        if (dialog.showAndWait().filter(b -> b == choose).isEmpty()) {
            return;
        }
        File f =
                ctx.saveDialogs()
                        .ask(
                                owner,
                                new SaveDialogs.Request(
                                        "calendar",
                                        Messages.get("calendar.title"),
                                        "case-" + c.id().orElse(0L) + "-deadlines.ics",
                                        Messages.get("calendar.filter"),
                                        "*.ics"))
                        .map(Path::toFile)
                        .orElse(null);
        if (f == null) {
            return;
        }
        boolean includeName = fullName.isSelected();
        Clock clock = ctx.clock();
        ctx.background()
                .run(
                        () -> {
                            int n = write(c, schedule.get(), includeName, f.toPath(), clock);
                            c.id().ifPresent(
                                            id ->
                                                    ctx.core()
                                                            .audit()
                                                            .fileWritten(
                                                                    AuditAction.CALENDAR_EXPORTED,
                                                                    id,
                                                                    f.toPath()));
                            return n;
                        },
                        n ->
                                alert(
                                        owner,
                                        Alert.AlertType.INFORMATION,
                                        Messages.get("calendar.title"),
                                        Messages.format("calendar.done", n, f.toPath())),
                        e ->
                                alert(
                                        owner,
                                        Alert.AlertType.ERROR,
                                        Messages.get("calendar.failed"),
                                        e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private static void alert(Window owner, Alert.AlertType type, String header, String body) {
        Alert a = new Alert(type, body, ButtonType.OK);
        a.setHeaderText(header);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.showAndWait();
    }
}

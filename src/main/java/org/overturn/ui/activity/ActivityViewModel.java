package org.overturn.ui.activity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.overturn.domain.audit.AuditEntry;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.Messages;

/** Help → Activity: the newest lines of the activity log, read off the FX thread. */
public final class ActivityViewModel {

    /**
     * How many lines the window shows; the command line's {@code activity --limit} reaches further.
     */
    public static final int SHOWN = 5_000;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");

    private final Supplier<List<AuditEntry>> source;
    private final ZoneId zone;
    private final ObservableList<AuditEntry> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(Messages.get("activity.loading"));
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public ActivityViewModel(Supplier<List<AuditEntry>> source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    public void load(Background background) {
        background.run(
                source,
                this::show,
                e -> {
                    lines.clear();
                    placeholder.set(
                            Messages.format("activity.failed", String.valueOf(e.getMessage())));
                    summary.set("");
                    loaded.set(true);
                });
    }

    void show(List<AuditEntry> entries) {
        lines.setAll(entries);
        placeholder.set(Messages.get("activity.empty"));
        summary.set(
                entries.isEmpty()
                        ? ""
                        : entries.size() >= SHOWN
                                ? Messages.format("activity.countCapped", entries.size())
                                : Messages.format("activity.count", entries.size()));
        loaded.set(true);
    }

    public ObservableList<AuditEntry> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholder() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    public String when(AuditEntry e) {
        return WHEN.format(e.at().atZone(zone));
    }

    public static String caseText(AuditEntry e) {
        return e.caseId().isPresent()
                ? String.valueOf(e.caseId().getAsLong())
                : Messages.get("activity.wholeDatabase");
    }

    public static String sha(AuditEntry e) {
        return e.sha256().orElse("—");
    }

    /** The chosen lines as tab-separated text, as they would paste into a spreadsheet. */
    public String asText(List<AuditEntry> chosen) {
        return chosen.stream()
                .map(e -> String.join("\t", when(e), e.osUser(), caseText(e), e.label(), sha(e)))
                .collect(Collectors.joining("\n"));
    }
}

package org.overturn.ui.citations;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;

/**
 * The citation library as a searchable list: every word of the query must appear somewhere in the
 * entry.
 */
public final class CitationLibraryViewModel {

    private final CitationLibrary library;
    private final FilteredList<Citation> shown;
    public final StringProperty query = new SimpleStringProperty("");

    public CitationLibraryViewModel(CitationLibrary library) {
        this.library = library;
        this.shown = new FilteredList<>(FXCollections.observableArrayList(library.all()));
        query.addListener((o, a, q) -> shown.setPredicate(c -> matches(c, q)));
    }

    public ObservableList<Citation> shown() {
        return shown;
    }

    public int total() {
        return library.all().size();
    }

    public String version() {
        return library.version();
    }

    static boolean matches(Citation c, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String hay = searchText(c);
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String searchText(Citation c) {
        return String.join(
                        " ",
                        c.id(),
                        c.shortTitle(),
                        c.citation(),
                        c.summary(),
                        c.source(),
                        c.jurisdiction(),
                        planTypes(c),
                        CitationNodes.verification(c.verification()),
                        CitationNodes.enforcement(c.enforcement()))
                .toLowerCase(Locale.ROOT);
    }

    /** "All plan types", "None by itself", or the labels. */
    public static String planTypes(Citation c) {
        List<PlanType> p = c.planTypes();
        if (p.isEmpty()) {
            return Messages.get("citations.planTypes.none");
        }
        if (p.size() == PlanType.values().length) {
            return Messages.get("citations.planTypes.all");
        }
        return p.stream().map(Messages::label).collect(Collectors.joining(", "));
    }

    public static String effective(Citation c) {
        return c.effectiveUntil()
                .map(
                        u ->
                                Messages.format(
                                        "parity.rule.fromUntil",
                                        Dates.show(c.effectiveFrom()),
                                        Dates.show(u)))
                .orElse(Messages.format("parity.rule.from", Dates.show(c.effectiveFrom())));
    }
}

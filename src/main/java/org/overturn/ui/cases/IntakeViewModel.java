package org.overturn.ui.cases;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.CaseRules;
import org.overturn.domain.intake.DenialIntake;
import org.overturn.domain.intake.DenialTextExtractor;
import org.overturn.domain.intake.Extracted;
import org.overturn.domain.intake.Extraction;
import org.overturn.domain.intake.Field;
import org.overturn.domain.packet.Clinician;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;

/**
 * New case from a denial: the letter's text, and for each field the value read from it (marked as
 * read, with the words it came from) until the clinician changes it. A field the letter gives
 * several values for offers them and waits for a choice; a value the clinician typed is never
 * replaced by a later reading.
 */
public final class IntakeViewModel {

    /** The fields the dialog shows, in its order. */
    public static final List<Field> SHOWN =
            List.of(
                    Field.PATIENT_NAME,
                    Field.DATE_OF_BIRTH,
                    Field.MEMBER_ID,
                    Field.PLAN_TYPE,
                    Field.NOTICE_DATE,
                    Field.DENIAL_TYPE,
                    Field.LEVEL_OF_CARE,
                    Field.URGENT,
                    Field.LAST_COVERED_DAY,
                    Field.START_DATE,
                    Field.END_DATE,
                    Field.UNITS_REQUESTED,
                    Field.UNIT_KIND,
                    Field.AUTHORIZATION_NUMBER,
                    Field.REFERENCE_NUMBER,
                    Field.CLAIM_NUMBER,
                    Field.CRITERIA_SET,
                    Field.REVIEWER,
                    Field.REVIEWER_CREDENTIALS,
                    Field.PAYER);

    /** Where a field's value stands. */
    public enum Source {
        NONE,
        LETTER,
        SEVERAL,
        TYPED
    }

    private final StringProperty letter = new SimpleStringProperty("");
    private final Map<Field, ObjectProperty<Object>> values = new EnumMap<>(Field.class);
    private final Map<Field, ObjectProperty<Source>> sources = new EnumMap<>(Field.class);
    private final Map<Field, StringProperty> snippets = new EnumMap<>(Field.class);
    private final Map<Field, ObservableList<Object>> candidates = new EnumMap<>(Field.class);
    private final StringProperty rationale = new SimpleStringProperty("");
    private final BooleanProperty complete = new SimpleBooleanProperty(false);
    private final Supplier<Optional<Clinician>> defaultSigner;
    private boolean reading;

    public IntakeViewModel(Supplier<Optional<Clinician>> defaultSigner) {
        this.defaultSigner = defaultSigner;
        for (Field f : Field.values()) {
            values.put(f, new SimpleObjectProperty<>());
            sources.put(f, new SimpleObjectProperty<>(Source.NONE));
            snippets.put(f, new SimpleStringProperty(""));
            candidates.put(f, FXCollections.observableArrayList());
            values.get(f)
                    .addListener(
                            (o, a, b) -> {
                                if (!reading) {
                                    sources.get(f).set(b == null ? Source.NONE : Source.TYPED);
                                }
                                complete.set(values.get(Field.PATIENT_NAME).get() != null);
                            });
        }
        letter.addListener((o, a, text) -> read(text));
    }

    public StringProperty letterProperty() {
        return letter;
    }

    public ObjectProperty<Object> value(Field f) {
        return values.get(f);
    }

    public ObjectProperty<Source> source(Field f) {
        return sources.get(f);
    }

    public StringProperty snippet(Field f) {
        return snippets.get(f);
    }

    public ObservableList<Object> candidates(Field f) {
        return candidates.get(f);
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    public BooleanProperty completeProperty() {
        return complete;
    }

    /**
     * Reads text typed into a field into its value: a date, a number of units (0 to 999) or the
     * text itself; blank clears it.
     *
     * @return why the text can't be the field's value (the value then stays as it was), or "" when
     *     it can
     */
    public String typed(Field f, String text) {
        Class<?> type = DenialIntake.type(f);
        ObjectProperty<Object> v = values.get(f);
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            v.set(null);
            return "";
        }
        if (type == LocalDate.class) {
            var parsed = Dates.parse(t);
            if (f == Field.DATE_OF_BIRTH) {
                parsed = parsed.check(d -> CaseRules.checkDateOfBirth(d, LocalDate.now()));
            }
            if (parsed.error().isPresent()) {
                return parsed.error().get();
            }
            v.set(parsed.value().orElse(null));
            return "";
        }
        if (type == Integer.class) {
            try {
                int n = Integer.parseInt(t);
                if (n < 0 || n > 999) {
                    return Messages.get("intake.units.range");
                }
                v.set(n);
                return "";
            } catch (NumberFormatException e) {
                return Messages.get("intake.units.number");
            }
        }
        v.set(t);
        return "";
    }

    /** A value as a text field shows it: dates as MM/DD/YYYY, nothing as "". */
    static String asText(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof LocalDate d ? Dates.show(d) : v.toString();
    }

    /** Whether anything was pasted or typed that closing the dialog would throw away. */
    public boolean hasInput() {
        return !blank(letter.get())
                || !blank(rationale.get())
                || sources.values().stream().anyMatch(p -> p.get() == Source.TYPED);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Reads the letter again; what the clinician typed stays. */
    void read(String text) {
        Extraction e = DenialTextExtractor.extract(text);
        reading = true;
        try {
            for (Field f : Field.values()) {
                List<Extracted<Object>> found = e.candidates(f);
                candidates.get(f).setAll(found.stream().map(Extracted::value).toList());
                if (sources.get(f).get() == Source.TYPED) {
                    continue;
                }
                if (found.size() == 1) {
                    values.get(f).set(found.get(0).value());
                    sources.get(f).set(Source.LETTER);
                    snippets.get(f).set(found.get(0).snippet());
                } else {
                    values.get(f).set(null);
                    sources.get(f).set(found.isEmpty() ? Source.NONE : Source.SEVERAL);
                    snippets.get(f)
                            .set(
                                    found.stream()
                                            .map(Extracted::snippet)
                                            .reduce((a, b) -> a + " | " + b)
                                            .orElse(""));
                }
            }
            rationale.set(e.value(Field.RATIONALE).map(x -> (String) x.value()).orElse(""));
        } finally {
            reading = false;
        }
        complete.set(values.get(Field.PATIENT_NAME).get() != null);
    }

    /**
     * The case the confirmed values make, signed by the practice's first clinician when it lists
     * any.
     */
    public CaseFile toCase() {
        DenialIntake in = new DenialIntake();
        for (Field f : Field.values()) {
            in.set(f, values.get(f).get());
        }
        if (!rationale.get().isBlank()) {
            in.set(Field.RATIONALE, rationale.get());
        }
        CaseFile c = in.toCase(LocalDate.now());
        Optional<Clinician> signer = defaultSigner.get();
        return signer.isPresent() ? c.withPacket(c.packet().withSigner(signer)) : c;
    }
}

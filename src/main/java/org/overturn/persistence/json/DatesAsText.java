package org.overturn.persistence.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Dates and times are read only from text such as {@code "2026-11-16"}: the Java time module would
 * also take {@code [2026, 11, 16]}, and {@code []} or {@code ""} as no date at all, which silently
 * turns a mistyped date into a missing one. Registered after that module, so these win.
 */
final class DatesAsText extends SimpleModule {

    private static final long serialVersionUID = 1L;

    DatesAsText() {
        super("overturn-dates-as-text");
        addDeserializer(
                LocalDate.class, new TextOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
        addDeserializer(
                LocalDateTime.class,
                new TextOnly<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE));
        addDeserializer(
                LocalTime.class, new TextOnly<>(LocalTime.class, LocalTimeDeserializer.INSTANCE));
    }

    private static final class TextOnly<T> extends StdDeserializer<T> {

        private static final long serialVersionUID = 1L;
        private final transient JsonDeserializer<T> inner;

        TextOnly(Class<T> type, JsonDeserializer<T> inner) {
            super(type);
            this.inner = inner;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            if (text.isBlank()) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "empty");
            }
            if (handledType() == LocalDate.class) {
                // The module would also read "2026-11-16T23:59" as that day, dropping the time
                // unseen.
                try {
                    return (T) LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    return (T) ctxt.handleWeirdStringValue(handledType(), text, "not a date");
                }
            }
            return inner.deserialize(p, ctxt);
        }
    }
}

package org.overturn.ui.common;

import java.util.Optional;
import java.util.function.Function;

/** What a field's text means: a value, nothing (empty field), or an error message for the user. */
public record ParseResult<T>(Optional<T> value, Optional<String> error) {

    public static <T> ParseResult<T> of(T v) {
        return new ParseResult<>(Optional.of(v), Optional.empty());
    }

    public static <T> ParseResult<T> empty() {
        return new ParseResult<>(Optional.empty(), Optional.empty());
    }

    public static <T> ParseResult<T> error(String message) {
        return new ParseResult<>(Optional.empty(), Optional.of(message));
    }

    public boolean ok() {
        return error.isEmpty();
    }

    /** Applies a further check to a parsed value. */
    public ParseResult<T> check(Function<T, Optional<String>> rule) {
        if (value.isEmpty()) {
            return this;
        }
        Optional<String> problem = rule.apply(value.get());
        return problem.isPresent() ? error(problem.get()) : this;
    }
}

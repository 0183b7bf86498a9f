package org.overturn.domain.intake;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What was read from one denial letter: for each field, the value when the letter gives exactly
 * one, or the different values it gives (candidates) when it gives several: the reader never picks
 * one of them silently.
 */
public final class Extraction {

    private final Map<Field, List<Extracted<?>>> found;

    Extraction(Map<Field, List<Extracted<?>>> found) {
        this.found = new EnumMap<>(Field.class);
        found.forEach(
                (f, list) -> {
                    if (!list.isEmpty()) {
                        this.found.put(f, List.copyOf(list));
                    }
                });
    }

    /**
     * The one value read for the field; empty when none was, or when the letter gives different
     * ones.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<Extracted<T>> value(Field f) {
        List<Extracted<?>> list = found.getOrDefault(f, List.of());
        return list.size() == 1 ? Optional.of((Extracted<T>) list.get(0)) : Optional.empty();
    }

    /**
     * Every different value the letter gives for the field, in the order they appear (one or none,
     * usually).
     */
    @SuppressWarnings("unchecked")
    public <T> List<Extracted<T>> candidates(Field f) {
        return (List<Extracted<T>>) (List<?>) found.getOrDefault(f, List.of());
    }

    /** Whether the letter gives different values for the field. */
    public boolean ambiguous(Field f) {
        return found.getOrDefault(f, List.of()).size() > 1;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The fields read, with one value or several. */
    public Set<Field> fields() {
        return Collections.unmodifiableSet(found.keySet());
    }
}

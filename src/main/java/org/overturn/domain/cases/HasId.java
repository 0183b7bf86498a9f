package org.overturn.domain.cases;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An enum constant with a stable external id, used in the database, case JSON and the command line.
 */
public interface HasId {

    String id();

    /** A short human label in English (UI code may localise by id). */
    String label();

    static <E extends Enum<E> & HasId> Optional<E> find(Class<E> type, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.cast(Index.BY_ID.get(type).get(id.trim())));
    }

    /** Id lookups without a scan: listing 10,000 cases resolves three ids per row. */
    final class Index {
        static final ClassValue<Map<String, Object>> BY_ID =
                new ClassValue<>() {
                    @Override
                    protected Map<String, Object> computeValue(Class<?> type) {
                        Map<String, Object> m = new HashMap<>();
                        for (Object c : type.getEnumConstants()) {
                            m.put(((HasId) c).id(), c);
                        }
                        return Map.copyOf(m);
                    }
                };

        private Index() {}
    }

    static <E extends Enum<E> & HasId> E fromId(Class<E> type, String id) {
        return find(type, id)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown "
                                                + describe(type)
                                                + " '"
                                                + id
                                                + "' (expected one of: "
                                                + idList(type)
                                                + ")"));
    }

    static <E extends Enum<E> & HasId> String idList(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(HasId::id).toList());
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}

package org.overturn.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.util.Callback;

/**
 * Builds FXML controllers by constructor injection. Each controller type is registered once, in the
 * app's composition root; loading a view whose controller isn't registered fails loudly.
 */
public final class ControllerFactory {

    private final Map<Class<?>, Function<Scope, ?>> makers = new HashMap<>();

    public <T> ControllerFactory register(Class<T> type, Function<Scope, T> maker) {
        if (makers.put(type, maker) != null) {
            throw new IllegalStateException(type.getName() + " is registered twice");
        }
        return this;
    }

    /**
     * A callback for one FXML load, with the objects that this particular view works on (its view
     * model).
     */
    public Callback<Class<?>, Object> forScope(Object... scoped) {
        Scope scope = new Scope(scoped);
        return type -> {
            Function<Scope, ?> maker = makers.get(type);
            if (maker == null) {
                throw new IllegalStateException(
                        "controller " + type.getName() + " is not registered in UiServices");
            }
            return maker.apply(scope);
        };
    }

    /** The objects handed to one view. */
    public static final class Scope {
        private final Map<Class<?>, Object> byType = new HashMap<>();

        Scope(Object... scoped) {
            for (Object o : scoped) {
                byType.put(o.getClass(), o);
            }
        }

        /**
         * Hands an object to the controllers of the views this one includes ({@code fx:include}): a
         * view's controller is made before the views inside it, so its maker may add what they
         * share, such as the view model they all show.
         */
        public void add(Object o) {
            if (byType.putIfAbsent(o.getClass(), o) != null) {
                throw new IllegalStateException(
                        "this view was already given a " + o.getClass().getSimpleName());
            }
        }

        public <T> T get(Class<T> type) {
            Object o = byType.get(type);
            if (o == null) {
                throw new IllegalStateException(
                        "no " + type.getSimpleName() + " was given to this view");
            }
            return type.cast(o);
        }
    }
}

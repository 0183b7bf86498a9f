package org.overturn.ui.common;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.fxml.Initializable;
import javafx.scene.Parent;

/**
 * What a view compiled from its FXML at build time (ADR 0020) needs from its controller, done as
 * {@code FXMLLoader} does it: an {@code fx:id} goes into the controller's field of that name
 * (annotated {@code @FXML}, or public), {@code onAction="#name"} calls the controller's method of
 * that name (with the event, or without it), and {@code initialize} runs once the view is built.
 * The controller's fields and methods are looked up once per controller class.
 *
 * <p>A null controller wires nothing: that is how the test comparing each compiled view with {@code
 * FXMLLoader}'s builds the bare tree. The app's controller factory never returns null.
 */
public final class FxmlWiring {

    /** A built view: its root node and its controller. */
    public record Built(Parent root, Object controller) {}

    /**
     * A view compiled from {@code Name.fxml}: the generated class {@code NameFxml} in the same
     * package.
     */
    public interface Compiled {
        /** Builds the view with these strings and these controllers, and initializes it. */
        Built build(ResourceBundle resources, javafx.util.Callback<Class<?>, Object> controllers);
    }

    /**
     * The view compiled from {@code fxmlName.fxml} in {@code packageName}, found by its class name
     * so that this package names no screen.
     */
    public static Compiled compiled(String packageName, String fxmlName, ClassLoader loader) {
        String name = packageName + "." + fxmlName + "Fxml";
        try {
            return (Compiled)
                    Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(
                    "no view compiled from "
                            + packageName.replace('.', '/')
                            + "/"
                            + fxmlName
                            + ".fxml (the build compiles every FXML file under"
                            + " src/main/resources)",
                    e);
        }
    }

    /** A controller class's injectable fields and handler methods by name, made accessible. */
    private record Members(Map<String, Field> fields, Map<String, Method> methods) {}

    /** Looked up once per controller class: a screen opened again reuses them. */
    private static final ClassValue<Members> MEMBERS =
            new ClassValue<>() {
                @Override
                protected Members computeValue(Class<?> type) {
                    return members(type);
                }
            };

    private final Object controller;
    private final Members members;

    public FxmlWiring(Object controller) {
        this.controller = controller;
        this.members =
                controller == null
                        ? new Members(Map.of(), Map.of())
                        : MEMBERS.get(controller.getClass());
    }

    private static Members members(Class<?> type) {
        Map<String, Field> fields = new HashMap<>();
        Map<String, Method> methods = new HashMap<>();
        // Subclass first, as FXMLLoader's controller accessor: a name declared lower wins.
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (wired(f.getModifiers(), f.isAnnotationPresent(FXML.class))
                        && !Modifier.isStatic(f.getModifiers())
                        && !fields.containsKey(f.getName())) {
                    f.setAccessible(true);
                    fields.put(f.getName(), f);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (wired(m.getModifiers(), m.isAnnotationPresent(FXML.class))
                        && !Modifier.isStatic(m.getModifiers())
                        && handlerShape(m)) {
                    Method known = methods.get(m.getName());
                    // One taking the event is preferred over one without, as FXMLLoader does.
                    if (known == null
                            || (known.getParameterCount() == 0 && m.getParameterCount() == 1)) {
                        m.setAccessible(true);
                        methods.put(m.getName(), m);
                    }
                }
            }
        }
        return new Members(Map.copyOf(fields), Map.copyOf(methods));
    }

    private static boolean wired(int modifiers, boolean annotated) {
        return annotated || Modifier.isPublic(modifiers);
    }

    private static boolean handlerShape(Method m) {
        return m.getParameterCount() == 0
                || (m.getParameterCount() == 1
                        && Event.class.isAssignableFrom(m.getParameterTypes()[0]));
    }

    /** Puts {@code value} into the controller's field named {@code name}, if it has one. */
    public void inject(String name, Object value) {
        Field f = members.fields().get(name);
        if (f == null) {
            return;
        }
        try {
            f.set(controller, value);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cannot set " + controller.getClass().getName() + "." + name, e);
        }
    }

    /**
     * The handler for {@code "#name"}; null with no controller. A missing method is an error, as it
     * is for FXMLLoader.
     */
    public <T extends Event> EventHandler<T> handler(String name) {
        if (controller == null) {
            return null;
        }
        Method m = members.methods().get(name);
        if (m == null) {
            throw new IllegalStateException(
                    "controller " + controller.getClass().getName() + " has no method " + name);
        }
        boolean withEvent = m.getParameterCount() == 1;
        return event -> call(m, withEvent ? new Object[] {event} : new Object[0]);
    }

    /** Calls the controller's {@code initialize}, after injecting its location and resources. */
    public void initialize(URL location, ResourceBundle resources) {
        if (controller == null) {
            return;
        }
        inject("location", location);
        inject("resources", resources);
        if (controller instanceof Initializable i) {
            i.initialize(location, resources);
            return;
        }
        Method init = members.methods().get("initialize");
        if (init != null && init.getParameterCount() == 0) {
            call(init);
        }
    }

    private void call(Method m, Object... args) {
        try {
            m.invoke(controller, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}

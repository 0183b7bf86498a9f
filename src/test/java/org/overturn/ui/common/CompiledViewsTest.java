package org.overturn.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.collections.ObservableList;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view the build compiled from FXML (FxmlCompiler, ADR 0020) builds the tree FXMLLoader
 * builds from the same file: the same classes, ids, texts, style classes, sizes, constraints and
 * children, compared property by property through each class's JavaFX properties. The controller is
 * left out on both sides (the FXML is read without {@code fx:controller} and its handlers), so the
 * trees are the bare views; the app's UI tests cover the wiring with real controllers.
 *
 * <p>One difference is intended and checked on its own: a {@code $id} naming a node further down
 * the file (every {@code labelFor} in the app) is that node in the compiled view, where FXMLLoader
 * leaves it null.
 */
@Tag("ui")
class CompiledViewsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Stream<String> views() throws Exception {
        return fxmlFiles().stream();
    }

    /** Every FXML file of the app, as resource paths. */
    private static List<String> fxmlFiles() throws Exception {
        // The main resources' folder, found through a file known to be in it (the test classes'
        // folder comes first on the class path and holds no FXML).
        URL known = CompiledViewsTest.class.getResource("/org/overturn/ui/main/MainWindow.fxml");
        assertNotNull(known);
        java.nio.file.Path ui = java.nio.file.Path.of(known.toURI()).getParent().getParent();
        try (Stream<java.nio.file.Path> s = java.nio.file.Files.walk(ui)) {
            return s.filter(p -> p.toString().endsWith(".fxml"))
                    .map(p -> p.toString().replace('\\', '/'))
                    .map(p -> p.substring(p.indexOf("/org/overturn/ui/")))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theAppHasViewsToCompare() throws Exception {
        List<String> files = fxmlFiles();
        assertTrue(files.size() > 20, files.toString());
        assertTrue(files.contains("/org/overturn/ui/cases/CasesView.fxml"), files.toString());
    }

    @ParameterizedTest
    @MethodSource("views")
    void compiledViewBuildsTheTreeFxmlLoaderBuilds(String resource) throws Exception {
        Parent[] trees =
                WaitForAsyncUtils.waitForAsyncFx(
                        TimeUnit.SECONDS.toMillis(30),
                        () -> new Parent[] {fromFxmlLoader(resource), compiled(resource)});
        List<String> differences = differences(trees[0], trees[1]);
        if (!differences.isEmpty()) {
            fail(
                    resource
                            + " differs from FXMLLoader's in "
                            + differences.size()
                            + " places:\n  "
                            + String.join(
                                    "\n  ",
                                    differences.subList(0, Math.min(20, differences.size()))));
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void labelsPointAtTheFieldsTheyName(String resource) throws Exception {
        List<String> named = labelTargets(resource);
        List<String> pointed =
                WaitForAsyncUtils.waitForAsyncFx(
                        TimeUnit.SECONDS.toMillis(30),
                        () -> {
                            List<String> out = new ArrayList<>();
                            Nodes.descendants(
                                    compiled(resource),
                                    n -> {
                                        if (n instanceof Label l && l.getLabelFor() != null) {
                                            out.add(l.getLabelFor().getId());
                                        }
                                    });
                            return out;
                        });
        named.sort(Comparator.naturalOrder());
        pointed.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        assertEquals(named, pointed, resource);
    }

    /** The ids {@code labelFor="$id"} names in a file and the files it includes. */
    private static List<String> labelTargets(String resource) throws IOException {
        String text = new String(read(resource), StandardCharsets.UTF_8);
        List<String> named = new ArrayList<>();
        Matcher m = Pattern.compile("labelFor=\"\\$(\\w+)\"").matcher(text);
        while (m.find()) {
            named.add(m.group(1));
        }
        Matcher inc = Pattern.compile("<fx:include [^>]*source=\"(\\w+\\.fxml)\"").matcher(text);
        while (inc.find()) {
            named.addAll(
                    labelTargets(
                            resource.substring(0, resource.lastIndexOf('/') + 1) + inc.group(1)));
        }
        return named;
    }

    @Test
    void theCasesScreensFieldsHaveTheirLabels() throws Exception {
        Parent view =
                WaitForAsyncUtils.waitForAsyncFx(
                        TimeUnit.SECONDS.toMillis(30),
                        () -> compiled("/org/overturn/ui/cases/CasesView.fxml"));
        Node filter = view.lookup("#statusFilter");
        assertNotNull(filter, "fx:id is the node's id, as FXMLLoader sets it");
        List<Label> labels = new ArrayList<>();
        Nodes.descendants(
                view,
                n -> {
                    if (n instanceof Label l && l.getLabelFor() == filter) {
                        labels.add(l);
                    }
                });
        assertEquals(1, labels.size());
        assertEquals(Messages.get("cases.filter.label"), labels.get(0).getText());
    }

    /** Where two trees differ, compared on the FX thread. */
    private static List<String> differences(Parent a, Parent b) throws Exception {
        List<String> out = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(
                TimeUnit.SECONDS.toMillis(30),
                () -> {
                    new Comparison(out).same(a, b, "root");
                    return null;
                });
        return out;
    }

    private static Parent compiled(String resource) {
        int slash = resource.lastIndexOf('/');
        String pkg = resource.substring(1, slash).replace('/', '.');
        String name = resource.substring(slash + 1, resource.length() - ".fxml".length());
        FxmlWiring.Built built =
                FxmlWiring.compiled(pkg, name, CompiledViewsTest.class.getClassLoader())
                        .build(Messages.bundle(), type -> null);
        return built.root();
    }

    /** The same file through FXMLLoader, without its controller (and so without its handlers). */
    private static Parent fromFxmlLoader(String resource) throws IOException {
        URL url = new URL("bare", "", -1, resource, new Bare());
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        return loader.load();
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = CompiledViewsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return in.readAllBytes();
        }
    }

    /**
     * Serves the app's FXML files with {@code fx:controller} and {@code #handler} attributes
     * removed; an {@code fx:include} resolves against the same handler.
     */
    private static final class Bare extends URLStreamHandler {
        private static final Pattern WIRING =
                Pattern.compile("\\s(fx:controller|on[A-Z]\\w*)=\"[^\"]*\"");

        @Override
        protected URLConnection openConnection(URL u) {
            return new URLConnection(u) {
                @Override
                public void connect() {}

                @Override
                public InputStream getInputStream() throws IOException {
                    String text = new String(read(u.getPath()), StandardCharsets.UTF_8);
                    return new ByteArrayInputStream(
                            WIRING.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8));
                }
            };
        }
    }

    /** Walks two object graphs side by side through their JavaFX properties. */
    private static final class Comparison {
        /** Back-pointers and state that is not the view's own description. */
        private static final Set<String> SKIPPED =
                Set.of(
                        "parent",
                        "eventDispatcher",
                        "scene",
                        "skin",
                        "labelFor",
                        "tableView",
                        "treeTableView",
                        "parentMenu",
                        "parentPopup",
                        "ownerNode",
                        "ownerWindow",
                        "chart",
                        "styleableParent",
                        "cssMetaData",
                        "pseudoClassStates");

        private final List<String> differences;
        private final Map<Object, Object> seen = new IdentityHashMap<>();

        Comparison(List<String> differences) {
            this.differences = differences;
        }

        void same(Object a, Object b, String path) {
            if (a == null || b == null) {
                if (a != b) {
                    differences.add(path + ": " + a + " vs " + b);
                }
                return;
            }
            if (a.getClass() != b.getClass()) {
                differences.add(
                        path + ": " + a.getClass().getName() + " vs " + b.getClass().getName());
                return;
            }
            if (a instanceof List<?> la) {
                List<?> lb = (List<?>) b;
                if (la.size() != lb.size()) {
                    differences.add(path + ": " + la.size() + " items vs " + lb.size());
                    return;
                }
                for (int i = 0; i < la.size(); i++) {
                    same(la.get(i), lb.get(i), path + "[" + i + "]");
                }
                return;
            }
            if (a instanceof Map<?, ?> ma) {
                Map<?, ?> mb = (Map<?, ?>) b;
                if (!ma.keySet().equals(mb.keySet())) {
                    differences.add(path + ": keys " + ma.keySet() + " vs " + mb.keySet());
                    return;
                }
                for (Object k : ma.keySet()) {
                    same(ma.get(k), mb.get(k), path + "{" + k + "}");
                }
                return;
            }
            if (a instanceof CharSequence && !(a instanceof String)) {
                same(a.toString(), b.toString(), path);
                return;
            }
            if (!structured(a) && !valueEquality(a)) {
                // A default made per instance (a combo box's converter): the same kind is enough.
                return;
            }
            if (!structured(a)) {
                if (!Objects.equals(a, b)) {
                    differences.add(path + ": " + a + " vs " + b);
                }
                return;
            }
            if (seen.containsKey(a)) {
                if (seen.get(a) != b) {
                    differences.add(path + ": a shared object that is not shared alike");
                }
                return;
            }
            seen.put(a, b);
            for (Method getter : getters(a.getClass())) {
                String name = property(getter);
                same(call(getter, a), call(getter, b), path + "." + name);
            }
        }

        private static boolean valueEquality(Object o) {
            try {
                return o.getClass().getMethod("equals", Object.class).getDeclaringClass()
                        != Object.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }

        /** A JavaFX object described by properties (a node, a column, a menu item, an axis). */
        private static boolean structured(Object o) {
            if (o instanceof Node) {
                return true;
            }
            String pkg = o.getClass().getPackageName();
            if (!pkg.startsWith("javafx.") && !pkg.startsWith("org.controlsfx")) {
                return false;
            }
            return Arrays.stream(o.getClass().getMethods())
                            .anyMatch(
                                    m ->
                                            m.getName().endsWith("Property")
                                                    && m.getParameterCount() == 0)
                    && !(o instanceof javafx.scene.paint.Paint)
                    && !(o instanceof javafx.scene.text.Font);
        }

        private static List<Method> getters(Class<?> type) {
            List<Method> out = new ArrayList<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                String name = property(m);
                if (name == null || SKIPPED.contains(name)) {
                    continue;
                }
                boolean list = ObservableList.class.isAssignableFrom(m.getReturnType());
                boolean map = name.equals("properties");
                if (list || map || hasProperty(type, name)) {
                    out.add(m);
                }
            }
            out.sort(Comparator.comparing(Method::getName));
            return out;
        }

        private static boolean hasProperty(Class<?> type, String name) {
            try {
                type.getMethod(name + "Property");
                return true;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }

        private static String property(Method m) {
            String n = m.getName();
            String rest =
                    n.startsWith("get") && n.length() > 3
                            ? n.substring(3)
                            : n.startsWith("is") && n.length() > 2 ? n.substring(2) : null;
            if (rest == null || n.startsWith("getOn") || n.equals("getClass")) {
                return null;
            }
            return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        }

        private static Object call(Method m, Object target) {
            try {
                return m.invoke(target);
            } catch (InvocationTargetException e) {
                return "threw " + e.getCause().getClass().getName();
            } catch (IllegalAccessException e) {
                return "inaccessible";
            }
        }
    }

    @Test
    void theComparisonSeesADifference() throws Exception {
        Parent[] trees =
                WaitForAsyncUtils.waitForAsyncFx(
                        TimeUnit.SECONDS.toMillis(30),
                        () -> {
                            Parent a = compiled("/org/overturn/ui/cases/CasesView.fxml");
                            Parent b = compiled("/org/overturn/ui/cases/CasesView.fxml");
                            ((Label) b.lookup("#countLabel")).setWrapText(true);
                            return new Parent[] {a, b};
                        });
        List<String> differences = differences(trees[0], trees[1]);
        assertEquals(1, differences.size(), differences.toString());
        assertTrue(differences.get(0).endsWith("wrapText: false vs true"), differences.get(0));
    }
}

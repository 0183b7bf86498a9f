package org.overturn.build;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Compiles each FXML file of the app into Java code that builds the same node tree, at build time
 * (ADR 0020; issue 15). The FXML stays the view's only source: this runs at {@code
 * generate-sources} ({@code pom.xml}) as a single-file program, with the app's dependencies on its
 * class path, and writes {@code target/generated-sources/fxml}: for {@code Name.fxml}, a class
 * {@code NameFxml} in the package of the file's folder, which {@code ViewLoader} finds by name.
 * What {@code FXMLLoader} does at run time by parsing XML and reflecting over each element's class
 * is decided here, once; the generated code calls constructors and setters directly.
 *
 * <p>The order of work is {@code FXMLLoader}'s: an element is made when it opens, its children are
 * built and added as each closes, and its own attributes, event handlers and static properties are
 * applied when it closes. One difference, on purpose: a {@code $id} reference to an element further
 * down the file is resolved once the tree is built, where {@code FXMLLoader} silently sets null
 * (every {@code labelFor} in the app points forward).
 *
 * <p>Anything outside the subset the app's files use (scripts, bindings, {@code fx:define}, {@code
 * fx:reference}, {@code fx:copy}, {@code fx:root}, relative {@code @} paths, map properties) stops
 * the build with the file and the reason. {@code CompiledViewsTest} builds every view both ways and
 * compares the trees.
 *
 * <p>{@code java -cp CLASSPATH FxmlCompiler.java RESOURCES-DIR OUT-DIR}
 */
public final class FxmlCompiler {

    private static final String FX_NS = "http://javafx.com/fxml";
    private static final String WIRING = "org.overturn.ui.common.FxmlWiring";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FxmlCompiler RESOURCES-DIR OUT-DIR");
            System.exit(2);
        }
        Path resources = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(resources)) {
            files = s.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
        }
        java.util.Set<Path> made = new java.util.HashSet<>();
        for (Path f : files) {
            String resource = "/" + resources.relativize(f).toString().replace('\\', '/');
            Unit unit;
            try {
                unit = new FxmlCompiler(resource, Files.readAllBytes(f)).compile();
            } catch (Refused e) {
                System.err.println("FxmlCompiler: " + resource + ": " + e.getMessage());
                System.exit(1);
                return;
            }
            Path target = out.resolve(unit.qualifiedName.replace('.', '/') + ".java");
            write(target, unit.source);
            made.add(target);
        }
        // A view whose FXML file is gone goes too.
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path stale :
                        s.filter(p -> p.toString().endsWith(".java"))
                                .filter(p -> !made.contains(p))
                                .toList()) {
                    Files.delete(stale);
                }
            }
        }
        System.out.println("FxmlCompiler: " + files.size() + " views compiled into " + out);
    }

    private static void write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // Unchanged files keep their time, so the compiler's incremental build leaves them alone.
        if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Files.write(target, bytes);
    }

    /** A file this compiler will not translate, and why. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    record Unit(String qualifiedName, String source) {}

    /** One parsed element: its name, its attributes in document order, its content. */
    static final class Elem {
        final String prefix;
        final String name;
        final int line;
        final Map<String, String> attrs = new LinkedHashMap<>();
        final Map<String, String> fxAttrs = new LinkedHashMap<>();
        final List<Elem> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Elem(String prefix, String name, int line) {
            this.prefix = prefix;
            this.name = name;
            this.line = line;
        }
    }

    private final String resource;
    private final byte[] xml;
    private final List<String> imports = new ArrayList<>();
    private final ClassLoader loader = FxmlCompiler.class.getClassLoader();
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder deferred = new StringBuilder();
    private final Map<String, String> idVars = new LinkedHashMap<>();
    private final Map<String, Class<?>> idTypes = new LinkedHashMap<>();
    private final List<String[]> forward = new ArrayList<>();
    private int counter;
    private String controllerClass;

    FxmlCompiler(String resource, byte[] xml) {
        this.resource = resource;
        this.xml = xml;
    }

    Unit compile() throws XMLStreamException {
        Elem root = parse();
        String dir = resource.substring(1, resource.lastIndexOf('/'));
        String pkg = dir.replace('/', '.');
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        String simple = file.substring(0, file.length() - ".fxml".length()) + "Fxml";
        controllerClass = root.fxAttrs.get("controller");
        noControllerBelow(root);

        String rootVar = element(root, null);
        for (String[] f : forward) {
            String var = idVars.get(f[1]);
            if (var == null) {
                throw new Refused("$" + f[1] + " names no fx:id in this file");
            }
            deferred.append(f[0].replace("\u0000", var));
        }

        StringBuilder b = new StringBuilder();
        b.append("package ").append(pkg).append(";\n\n");
        b.append("/** Generated by FxmlCompiler from ").append(file).append(": do not edit. */\n");
        b.append("public final class ")
                .append(simple)
                .append(" implements ")
                .append(WIRING)
                .append(".Compiled {\n");
        b.append("    @Override\n");
        b.append("    @SuppressWarnings({\"rawtypes\", \"unchecked\"})\n");
        b.append("    public ").append(WIRING).append(".Built build(\n");
        b.append("            java.util.ResourceBundle resources,\n");
        b.append("            javafx.util.Callback<Class<?>, Object> controllers) {\n");
        b.append("        java.net.URL location = ")
                .append(simple)
                .append(".class.getResource(")
                .append(q(file))
                .append(");\n");
        b.append("        Object controller = ")
                .append(
                        controllerClass == null
                                ? "null"
                                : "controllers.call(" + controllerClass + ".class)")
                .append(";\n");
        b.append("        ")
                .append(WIRING)
                .append(" wiring = new ")
                .append(WIRING)
                .append("(controller);\n");
        b.append(body);
        b.append(deferred);
        b.append("        wiring.initialize(location, resources);\n");
        b.append("        return new ")
                .append(WIRING)
                .append(".Built(")
                .append(rootVar)
                .append(", controller);\n");
        b.append("    }\n}\n");
        return new Unit(pkg + "." + simple, b.toString());
    }

    private static void noControllerBelow(Elem e) {
        for (Elem c : e.children) {
            if (c.fxAttrs.containsKey("controller")) {
                throw new Refused("line " + c.line + ": fx:controller below the root");
            }
            noControllerBelow(c);
        }
    }

    // ---- parsing --------------------------------------------------------------------------

    private Elem parse() throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = f.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
        List<Elem> stack = new ArrayList<>();
        Elem root = null;
        while (r.hasNext()) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    if ("import".equals(r.getPITarget())) {
                        imports.add(r.getPIData().trim());
                    } else if (!"xml".equals(r.getPITarget())) {
                        throw new Refused("processing instruction <?" + r.getPITarget() + "?>");
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String ns = r.getNamespaceURI();
                    boolean fx = ns != null && ns.startsWith(FX_NS);
                    Elem e =
                            new Elem(
                                    fx ? "fx" : null,
                                    r.getLocalName(),
                                    r.getLocation().getLineNumber());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String ans = r.getAttributeNamespace(i);
                        String local = r.getAttributeLocalName(i);
                        if (ans != null && ans.startsWith(FX_NS)) {
                            e.fxAttrs.put(local, r.getAttributeValue(i));
                        } else if (ans != null && !ans.isEmpty()) {
                            throw new Refused("line " + e.line + ": attribute in namespace " + ans);
                        } else {
                            e.attrs.put(local, r.getAttributeValue(i));
                        }
                    }
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).children.add(e);
                    } else {
                        root = e;
                    }
                    stack.add(e);
                }
                case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).text.append(r.getText());
                    }
                }
                default -> {}
            }
        }
        return root;
    }

    // ---- types ----------------------------------------------------------------------------

    private Class<?> type(String name, int line) {
        try {
            if (name.indexOf('.') > 0 && Character.isLowerCase(name.charAt(0))) {
                return Class.forName(name, false, loader);
            }
            String outer = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            String inner = name.contains(".") ? name.substring(name.indexOf('.')) : "";
            for (String imp : imports) {
                String candidate = null;
                if (imp.endsWith(".*")) {
                    candidate = imp.substring(0, imp.length() - 1) + outer;
                } else if (imp.endsWith("." + outer)) {
                    candidate = imp;
                }
                if (candidate != null) {
                    try {
                        return Class.forName(candidate + inner.replace('.', '$'), false, loader);
                    } catch (ClassNotFoundException notHere) {
                        // the next import
                    }
                }
            }
            return Class.forName("java.lang." + name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new Refused("line " + line + ": no class " + name);
        }
    }

    private static String javaName(Class<?> c) {
        return c.getCanonicalName();
    }

    /** The class an expression of this type can be declared as: raw, public. */
    private static Class<?> publicType(Class<?> c) {
        Class<?> t = c;
        while (!Modifier.isPublic(t.getModifiers())) {
            t = t.getSuperclass();
        }
        return t;
    }

    private static Method getter(Class<?> c, String property) {
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                Method m = c.getMethod(prefix + cap);
                if (!Modifier.isStatic(m.getModifiers())) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }

    private static Method setter(Class<?> c, String property) {
        String name = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        Method g = getter(c, property);
        Method found = null;
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name)
                    && m.getParameterCount() == 1
                    && !Modifier.isStatic(m.getModifiers())) {
                if (g != null && m.getParameterTypes()[0] == g.getReturnType()) {
                    return m;
                }
                found = found == null ? m : found;
            }
        }
        return found;
    }

    private static Method staticSetter(Class<?> source, String property, Class<?> target) {
        String name = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method m : source.getMethods()) {
            if (m.getName().equals(name)
                    && Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 2
                    && m.getParameterTypes()[0].isAssignableFrom(target)) {
                return m;
            }
        }
        return null;
    }

    /** The element type of a list property, raw; Object when the generics do not say. */
    private static Class<?> itemType(Method getter) {
        Type t = getter.getGenericReturnType();
        if (t instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            Type a = p.getActualTypeArguments()[0];
            if (a instanceof WildcardType w) {
                a = w.getUpperBounds()[0];
            }
            if (a instanceof ParameterizedType pa) {
                a = pa.getRawType();
            }
            if (a instanceof Class<?> ac) {
                return ac;
            }
        }
        return Object.class;
    }

    private static boolean readOnlyList(Class<?> c, String property) {
        Method g = getter(c, property);
        return g != null
                && List.class.isAssignableFrom(g.getReturnType())
                && setter(c, property) == null;
    }

    private static boolean readOnlyCollection(Class<?> c, String property) {
        Method g = getter(c, property);
        return g != null
                && Collection.class.isAssignableFrom(g.getReturnType())
                && setter(c, property) == null;
    }

    /**
     * A member of the annotation named {@code type} among {@code annotations}, or null. Annotations
     * are matched by name: the JavaFX classes are read here without their module.
     */
    private static String member(Annotation[] annotations, String type, String member) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                try {
                    return (String) a.annotationType().getMethod(member).invoke(a);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static String defaultProperty(Class<?> c) {
        return member(c.getAnnotations(), "javafx.beans.DefaultProperty", "value");
    }

    /** The property {@code @IDProperty} names (Node's "id"), or null. */
    private static String idProperty(Class<?> c) {
        return member(c.getAnnotations(), "com.sun.javafx.beans.IDProperty", "value");
    }

    // ---- values ---------------------------------------------------------------------------

    /** A Java expression of type {@code type} for the attribute text {@code raw}. */
    private String value(String raw, Class<?> type, int line) {
        if (raw.startsWith("${") || raw.startsWith("#{")) {
            throw new Refused("line " + line + ": binding expression " + raw);
        }
        if (raw.startsWith("\\")) {
            String rest = raw.substring(1);
            if (rest.isEmpty() || "\\@%$#".indexOf(rest.charAt(0)) < 0) {
                throw new Refused("line " + line + ": invalid escape " + raw);
            }
            return literal(rest, type, line);
        }
        if (raw.startsWith("@")) {
            throw new Refused("line " + line + ": relative path " + raw);
        }
        if (raw.startsWith("%")) {
            String key = raw.substring(1);
            if (key.isEmpty() || key.startsWith("%")) {
                throw new Refused("line " + line + ": resource key " + raw);
            }
            if (!type.isAssignableFrom(String.class)) {
                throw new Refused("line " + line + ": a string resource for a " + type.getName());
            }
            return "resources.getString(" + q(key) + ")";
        }
        if (raw.startsWith("$")) {
            throw new IllegalStateException("references are resolved by the caller");
        }
        return literal(raw, type, line);
    }

    private String literal(String s, Class<?> type, int line) {
        try {
            if (type == String.class || type == Object.class || type == CharSequence.class) {
                return q(s);
            }
            if (type == boolean.class || type == Boolean.class) {
                return Boolean.toString(Boolean.parseBoolean(s));
            }
            if (type == int.class || type == Integer.class) {
                return Integer.toString(Integer.parseInt(s));
            }
            if (type == long.class || type == Long.class) {
                return Long.parseLong(s) + "L";
            }
            if (type == double.class || type == Double.class) {
                return doubleLiteral(Double.parseDouble(s));
            }
            if (type == float.class || type == Float.class) {
                float f = Float.parseFloat(s);
                return Float.isInfinite(f) || Float.isNaN(f)
                        ? "(float) " + doubleLiteral(f)
                        : Float.toString(f) + "f";
            }
            if (type.isEnum()) {
                String name = !s.isEmpty() && Character.isLowerCase(s.charAt(0)) ? allCaps(s) : s;
                for (Object c : type.getEnumConstants()) {
                    if (((Enum<?>) c).name().equals(name)) {
                        return javaName(type) + "." + name;
                    }
                }
                throw new Refused("line " + line + ": " + type.getName() + " has no " + name);
            }
            try {
                Method valueOf = type.getDeclaredMethod("valueOf", String.class);
                if (Modifier.isStatic(valueOf.getModifiers())
                        && Modifier.isPublic(valueOf.getModifiers())) {
                    return javaName(type) + ".valueOf(" + q(s) + ")";
                }
            } catch (NoSuchMethodException e) {
                // fall through
            }
        } catch (NumberFormatException e) {
            throw new Refused("line " + line + ": " + s + " is not a " + type.getSimpleName());
        }
        throw new Refused(
                "line " + line + ": cannot make a " + type.getName() + " from \"" + s + "\"");
    }

    private static String doubleLiteral(double d) {
        if (d == Double.POSITIVE_INFINITY) {
            return "Double.POSITIVE_INFINITY";
        }
        if (d == Double.NEGATIVE_INFINITY) {
            return "Double.NEGATIVE_INFINITY";
        }
        if (Double.isNaN(d)) {
            return "Double.NaN";
        }
        return Double.toString(d) + "d";
    }

    /** BeanAdapter's toAllCaps: camelCase to CAMEL_CASE. */
    private static String allCaps(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                b.append('_');
            }
            b.append(Character.toUpperCase(c));
        }
        return b.toString();
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private String newVar() {
        return "n" + counter++;
    }

    private void emit(String statement) {
        body.append("        ").append(statement).append('\n');
    }

    // ---- elements -------------------------------------------------------------------------

    /** One child's value for its parent: how the parent takes it. */
    private interface Sink {
        void take(String var, Class<?> type);
    }

    /**
     * Emits the code for an instance element and returns its variable. {@code sink} adds it to the
     * parent when the element closes.
     */
    private String element(Elem e, Sink sink) {
        if ("fx".equals(e.prefix)) {
            if (e.name.equals("include")) {
                return include(e, sink);
            }
            throw new Refused("line " + e.line + ": fx:" + e.name);
        }
        for (String fx : e.fxAttrs.keySet()) {
            if (!List.of("id", "controller", "constant", "value", "factory").contains(fx)) {
                throw new Refused("line " + e.line + ": fx:" + fx);
            }
        }
        Class<?> type = type(e.name, e.line);
        String var = newVar();
        Class<?> varType = publicType(type);
        String made;
        if (e.fxAttrs.containsKey("constant")) {
            String name = e.fxAttrs.get("constant");
            try {
                varType = publicType(type.getField(name).getType());
            } catch (NoSuchFieldException ex) {
                throw new Refused(
                        "line " + e.line + ": " + type.getName() + " has no constant " + name);
            }
            made = javaName(type) + "." + name;
            requireLeaf(e);
        } else if (e.fxAttrs.containsKey("value")) {
            made = literal(e.fxAttrs.get("value"), type, e.line);
            requireLeaf(e);
        } else if (e.fxAttrs.containsKey("factory")) {
            made = javaName(type) + "." + e.fxAttrs.get("factory") + "()";
        } else if (hasPublicNoArg(type)) {
            made = "new " + javaName(type) + "()";
        } else {
            return builder(e, type, var, sink);
        }
        emit(javaName(varType) + " " + var + " = " + made + ";");
        identify(e, var, varType);
        children(e, var, varType);
        properties(e, var, varType, Map.of());
        if (sink != null) {
            sink.take(var, varType);
        }
        return var;
    }

    private static boolean hasPublicNoArg(Class<?> type) {
        try {
            return Modifier.isPublic(type.getConstructor().getModifiers())
                    && !Modifier.isAbstract(type.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private void requireLeaf(Elem e) {
        if (!e.children.isEmpty() || !e.attrs.isEmpty()) {
            throw new Refused("line " + e.line + ": content on a constant or value element");
        }
    }

    /** fx:id: named in the file, given as the node's id, put into the controller. */
    private void identify(Elem e, String var, Class<?> varType) {
        String id = e.fxAttrs.get("id");
        if (id == null) {
            return;
        }
        if (idVars.put(id, var) != null) {
            throw new Refused("line " + e.line + ": fx:id " + id + " twice");
        }
        idTypes.put(id, varType);
        String idProperty = idProperty(varType);
        Method idSetter = idProperty == null ? null : setter(varType, idProperty);
        if (idSetter != null) {
            emit(var + "." + idSetter.getName() + "(" + q(id) + ");");
        }
        emit("wiring.inject(" + q(id) + ", " + var + ");");
    }

    /** The element's child elements and text, in order, each given to its property. */
    private void children(Elem e, String var, Class<?> varType) {
        for (Elem c : e.children) {
            if (isPropertyElement(c)) {
                propertyElement(c, var, varType);
            } else {
                String dp = defaultProperty(varType);
                if (dp == null) {
                    throw new Refused(
                            "line "
                                    + c.line
                                    + ": "
                                    + varType.getSimpleName()
                                    + " takes no child elements");
                }
                element(c, into(var, varType, dp, c.line));
            }
        }
        if (!e.text.toString().isBlank()) {
            throw new Refused("line " + e.line + ": text inside <" + e.name + ">");
        }
    }

    private static boolean isPropertyElement(Elem c) {
        if ("fx".equals(c.prefix)) {
            return false;
        }
        int i = c.name.lastIndexOf('.');
        return Character.isLowerCase(c.name.charAt(i + 1));
    }

    /** How a value goes into {@code property} of {@code var}: added to its list, or set. */
    private Sink into(String var, Class<?> varType, String property, int line) {
        Method g = getter(varType, property);
        if (readOnlyCollection(varType, property)) {
            Class<?> item = itemType(g);
            return (v, t) -> {
                if (!item.isAssignableFrom(t) && !t.isAssignableFrom(item)) {
                    throw new Refused(
                            "line " + line + ": a " + t.getSimpleName() + " in " + property);
                }
                emit(var + "." + g.getName() + "().add(" + v + ");");
            };
        }
        Method s = setter(varType, property);
        if (s == null) {
            throw new Refused(
                    "line "
                            + line
                            + ": "
                            + varType.getSimpleName()
                            + " has no property "
                            + property);
        }
        return (v, t) ->
                emit(
                        var
                                + "."
                                + s.getName()
                                + "(("
                                + javaName(publicType(s.getParameterTypes()[0]))
                                + ") "
                                + v
                                + ");");
    }

    private void propertyElement(Elem p, String var, Class<?> varType) {
        if (!p.attrs.isEmpty() || !p.fxAttrs.isEmpty()) {
            throw new Refused(
                    "line " + p.line + ": attributes on property element <" + p.name + ">");
        }
        int dot = p.name.lastIndexOf('.');
        if (dot >= 0) {
            throw new Refused("line " + p.line + ": static property element <" + p.name + ">");
        }
        if (p.children.isEmpty()) {
            String text = p.text.toString().trim();
            Method s = setter(varType, p.name);
            if (s == null) {
                throw new Refused(
                        "line "
                                + p.line
                                + ": "
                                + varType.getSimpleName()
                                + " has no property "
                                + p.name);
            }
            emit(
                    var
                            + "."
                            + s.getName()
                            + "("
                            + value(text, s.getParameterTypes()[0], p.line)
                            + ");");
            return;
        }
        if (!p.text.toString().isBlank()) {
            throw new Refused("line " + p.line + ": text and elements in <" + p.name + ">");
        }
        boolean list = readOnlyCollection(varType, p.name);
        if (!list && p.children.size() > 1) {
            throw new Refused("line " + p.line + ": several values for " + p.name);
        }
        Sink sink = into(var, varType, p.name, p.line);
        for (Elem c : p.children) {
            if (isPropertyElement(c)) {
                throw new Refused("line " + c.line + ": property element inside property element");
            }
            element(c, sink);
        }
    }

    /**
     * The element's attributes, applied when it closes: instance properties in document order, then
     * event handlers, then static properties (as FXMLLoader). {@code skip} holds the ones a
     * constructor took.
     */
    private void properties(Elem e, String var, Class<?> varType, Map<String, String> skip) {
        List<Map.Entry<String, String>> handlers = new ArrayList<>();
        List<Map.Entry<String, String>> statics = new ArrayList<>();
        for (Map.Entry<String, String> a : e.attrs.entrySet()) {
            String name = a.getKey();
            if (skip.containsKey(name)) {
                continue;
            }
            if (name.startsWith("on")) {
                handlers.add(a);
            } else if (name.contains(".")) {
                statics.add(a);
            } else {
                property(e, var, varType, name, a.getValue());
            }
        }
        for (Map.Entry<String, String> h : handlers) {
            String v = h.getValue();
            if (!v.startsWith("#") || v.length() < 2 || v.startsWith("##")) {
                throw new Refused("line " + e.line + ": handler " + h.getKey() + "=\"" + v + "\"");
            }
            if (h.getKey().endsWith("Change")) {
                throw new Refused("line " + e.line + ": change handler " + h.getKey());
            }
            Method s = setter(varType, h.getKey());
            if (s == null) {
                throw new Refused(
                        "line "
                                + e.line
                                + ": "
                                + varType.getSimpleName()
                                + " has no "
                                + h.getKey());
            }
            if (controllerClass == null) {
                throw new Refused("line " + e.line + ": a handler with no controller");
            }
            emit(var + "." + s.getName() + "(wiring.handler(" + q(v.substring(1)) + "));");
        }
        for (Map.Entry<String, String> st : statics) {
            String key = st.getKey();
            int dot = key.lastIndexOf('.');
            Class<?> source = type(key.substring(0, dot), e.line);
            Method m = staticSetter(source, key.substring(dot + 1), varType);
            if (m == null) {
                throw new Refused("line " + e.line + ": no static property " + key);
            }
            String v = st.getValue();
            String expr;
            if (v.startsWith("$")) {
                expr = reference(v, m.getParameterTypes()[1], e.line);
                if (expr == null) {
                    forward.add(
                            new String[] {
                                "        "
                                        + javaName(source)
                                        + "."
                                        + m.getName()
                                        + "("
                                        + var
                                        + ", \u0000);\n",
                                v.substring(1)
                            });
                    continue;
                }
            } else {
                expr = value(v, m.getParameterTypes()[1], e.line);
            }
            emit(javaName(source) + "." + m.getName() + "(" + var + ", " + expr + ");");
        }
    }

    /** A backward {@code $id} as an expression; null when the id comes later in the file. */
    private String reference(String v, Class<?> type, int line) {
        if (v.startsWith("${")) {
            throw new Refused("line " + line + ": binding expression " + v);
        }
        String id = v.substring(1);
        if (id.equals("null")) {
            return "null";
        }
        if (!id.chars().allMatch(Character::isJavaIdentifierPart)) {
            throw new Refused("line " + line + ": expression " + v);
        }
        String var = idVars.get(id);
        if (var == null) {
            return null;
        }
        if (!type.isAssignableFrom(idTypes.get(id)) && !idTypes.get(id).isAssignableFrom(type)) {
            throw new Refused("line " + line + ": " + v + " is not a " + type.getSimpleName());
        }
        return var;
    }

    private void property(Elem e, String var, Class<?> varType, String name, String v) {
        Method s = setter(varType, name);
        if (s == null) {
            if (readOnlyList(varType, name)) {
                Method g = getter(varType, name);
                Class<?> item = itemType(g);
                if (!v.isEmpty()) {
                    for (String part : v.split(",")) {
                        String t = part.trim();
                        if (t.startsWith("$")) {
                            throw new Refused("line " + e.line + ": reference in a list " + name);
                        }
                        emit(var + "." + g.getName() + "().add(" + value(t, item, e.line) + ");");
                    }
                }
                return;
            }
            throw new Refused(
                    "line " + e.line + ": " + varType.getSimpleName() + " has no property " + name);
        }
        Class<?> p = s.getParameterTypes()[0];
        if (p.isArray()) {
            // FXMLLoader's populateArrayFromString: comma-separated, each part trimmed.
            List<String> parts = new ArrayList<>();
            if (!v.isEmpty()) {
                for (String part : v.split(",")) {
                    parts.add(value(part.trim(), p.getComponentType(), e.line));
                }
            }
            emit(
                    var
                            + "."
                            + s.getName()
                            + "(new "
                            + javaName(p.getComponentType())
                            + "[] {"
                            + String.join(", ", parts)
                            + "});");
            return;
        }
        if (v.startsWith("$")) {
            String expr = reference(v, p, e.line);
            if (expr == null) {
                forward.add(
                        new String[] {
                            "        "
                                    + var
                                    + "."
                                    + s.getName()
                                    + "(("
                                    + javaName(publicType(p))
                                    + ") \u0000);\n",
                            v.substring(1)
                        });
                return;
            }
            emit(var + "." + s.getName() + "((" + javaName(publicType(p)) + ") " + expr + ");");
            return;
        }
        emit(var + "." + s.getName() + "(" + value(v, p, e.line) + ");");
    }

    /**
     * A class with no public no-argument constructor (Insets, the charts): made when its element
     * closes, from its {@code @NamedArg} constructor, as FXMLLoader's ProxyBuilder does; what the
     * constructor does not take is set after.
     */
    private String builder(Elem e, Class<?> type, String var, Sink sink) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : e.attrs.entrySet()) {
            if (!a.getKey().contains(".") && !a.getKey().startsWith("on")) {
                given.put(a.getKey(), a.getValue());
            }
        }
        // Property elements holding one element become constructor arguments, built first.
        Map<String, String> elementArgs = new LinkedHashMap<>();
        Map<String, Class<?>> elementTypes = new LinkedHashMap<>();
        for (Elem c : e.children) {
            if (!isPropertyElement(c) || c.children.size() != 1 || c.name.contains(".")) {
                throw new Refused(
                        "line " + c.line + ": <" + c.name + "> inside " + type.getSimpleName());
            }
            String[] made = new String[1];
            Class<?>[] madeType = new Class<?>[1];
            element(
                    c.children.get(0),
                    (v, t) -> {
                        made[0] = v;
                        madeType[0] = t;
                    });
            elementArgs.put(c.name, made[0]);
            elementTypes.put(c.name, madeType[0]);
        }
        Constructor<?> best = null;
        int bestMatched = -1;
        for (Constructor<?> k : type.getConstructors()) {
            List<String> names = namedArgs(k);
            if (names == null) {
                continue;
            }
            int matched = 0;
            boolean ok = true;
            for (String n : names) {
                if (given.containsKey(n) || elementArgs.containsKey(n)) {
                    matched++;
                }
            }
            for (String n : elementArgs.keySet()) {
                ok &= names.contains(n) || setter(type, n) != null;
            }
            if (ok
                    && (matched > bestMatched
                            || (matched == bestMatched
                                    && k.getParameterCount() < best.getParameterCount()))) {
                best = k;
                bestMatched = matched;
            }
        }
        if (best == null) {
            throw new Refused("line " + e.line + ": no way to make a " + type.getName());
        }
        List<String> names = namedArgs(best);
        List<String> args = new ArrayList<>();
        Map<String, String> taken = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            Class<?> pt = best.getParameterTypes()[i];
            if (elementArgs.containsKey(n)) {
                args.add("(" + javaName(publicType(pt)) + ") " + elementArgs.get(n));
                taken.put(n, "");
            } else if (given.containsKey(n)) {
                String v = given.get(n);
                if (v.startsWith("$")) {
                    throw new Refused(
                            "line " + e.line + ": reference as constructor argument " + n);
                }
                args.add(value(v, pt, e.line));
                taken.put(n, "");
            } else {
                String def = defaultValue(best, i);
                args.add(def.isEmpty() ? zero(pt) : literal(def, pt, e.line));
            }
        }
        Class<?> varType = publicType(type);
        emit(
                javaName(varType)
                        + " "
                        + var
                        + " = new "
                        + javaName(type)
                        + "("
                        + String.join(", ", args)
                        + ");");
        for (Map.Entry<String, String> ea : elementArgs.entrySet()) {
            if (!taken.containsKey(ea.getKey())) {
                into(var, varType, ea.getKey(), e.line)
                        .take(ea.getValue(), elementTypes.get(ea.getKey()));
            }
        }
        identify(e, var, varType);
        properties(e, var, varType, taken);
        if (sink != null) {
            sink.take(var, varType);
        }
        return var;
    }

    private static List<String> namedArgs(Constructor<?> k) {
        List<String> names = new ArrayList<>();
        for (Annotation[] as : k.getParameterAnnotations()) {
            String name = member(as, "javafx.beans.NamedArg", "value");
            if (name == null) {
                return null;
            }
            names.add(name);
        }
        return names.isEmpty() ? null : names;
    }

    private static String defaultValue(Constructor<?> k, int i) {
        String d = member(k.getParameterAnnotations()[i], "javafx.beans.NamedArg", "defaultValue");
        return d == null ? "" : d;
    }

    private static String zero(Class<?> t) {
        if (t == boolean.class) {
            return "false";
        }
        if (t.isPrimitive()) {
            return "(" + t.getName() + ") 0";
        }
        return "null";
    }

    /** {@code <fx:include source="Other.fxml"/>}: the other file's compiled view, built here. */
    private String include(Elem e, Sink sink) {
        String source = e.attrs.get("source");
        if (source == null || source.startsWith("/") || source.contains("..")) {
            throw new Refused("line " + e.line + ": fx:include needs a source beside this file");
        }
        for (String a : e.attrs.keySet()) {
            if (!a.equals("source")) {
                throw new Refused("line " + e.line + ": fx:include attribute " + a);
            }
        }
        if (!e.children.isEmpty()) {
            throw new Refused("line " + e.line + ": content inside fx:include");
        }
        String dir = resource.substring(1, resource.lastIndexOf('/')).replace('/', '.');
        String other = source.replace('/', '.');
        other = other.substring(0, other.length() - ".fxml".length());
        String built = newVar();
        emit(
                WIRING
                        + ".Built "
                        + built
                        + " = new "
                        + dir
                        + "."
                        + other
                        + "Fxml().build(resources, controllers);");
        String var = newVar();
        emit("javafx.scene.Parent " + var + " = " + built + ".root();");
        String id = e.fxAttrs.get("id");
        if (id != null) {
            idVars.put(id, var);
            idTypes.put(id, javafx());
            emit("if (" + var + ".getId() == null) " + var + ".setId(" + q(id) + ");");
            emit("wiring.inject(" + q(id) + ", " + var + ");");
            emit("wiring.inject(" + q(id + "Controller") + ", " + built + ".controller());");
        }
        if (sink != null) {
            sink.take(var, javafx());
        }
        return var;
    }

    private Class<?> javafx() {
        try {
            return Class.forName("javafx.scene.Parent", false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

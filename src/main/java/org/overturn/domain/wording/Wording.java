package org.overturn.domain.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentences the app writes, kept as data: one UTF-8 {@code .properties} file per subject under
 * {@code org/overturn/wording/}, each value a template with named slots such as {@code {patient}}.
 *
 * <p>The wording lives in files so that a clinician or a lawyer can review it without reading Java,
 * and so that another language is a second file later; which sentence is said, and when, stays in
 * Java. Slots are filled by name, never by position, and a mismatch is a programming error that
 * fails loudly: a slot left empty or a value given for a slot the template does not have. (Not
 * {@link java.text.MessageFormat}: its quoting rules turn every apostrophe in English prose into a
 * trap.)
 *
 * <p>The properties format drops a value's leading spaces, so a template never starts or ends with
 * one: the code that joins sentences adds the spaces between them.
 */
public final class Wording {

    private static final String FOLDER = "/org/overturn/wording/";
    private static final Map<String, Wording> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final Map<String, String> templates;

    private Wording(String name, Map<String, String> templates) {
        this.name = name;
        this.templates = templates;
    }

    /**
     * The wording file {@code org/overturn/wording/<name>.properties}, read once per process.
     *
     * @throws IllegalStateException if there is no such file
     */
    public static Wording of(String name) {
        return LOADED.computeIfAbsent(name, Wording::read);
    }

    private static Wording read(String name) {
        String path = FOLDER + name + ".properties";
        try (InputStream in = Wording.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no wording file " + path);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> templates = new ConcurrentHashMap<>();
            p.stringPropertyNames().forEach(k -> templates.put(k, p.getProperty(k)));
            return new Wording(name, templates);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    /** The text under {@code key}, which must have no slots. */
    public String text(String key) {
        return fill(key);
    }

    /**
     * The template under {@code key} with its slots filled: {@code fill("signed", "name", n,
     * "date", d)}. Every slot of the template must be given, and nothing else.
     *
     * @param slotsAndValues slot names and their values, alternately; values are written with
     *     {@code String.valueOf}
     */
    public String fill(String key, Object... slotsAndValues) {
        String template = template(key);
        if (slotsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(where(key) + ": a slot without a value");
        }
        Set<String> given = new TreeSet<>();
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            int close = ch == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(ch);
                i++;
                continue;
            }
            String slot = template.substring(i + 1, close);
            out.append(value(key, slot, slotsAndValues));
            given.add(slot);
            i = close + 1;
        }
        for (int k = 0; k < slotsAndValues.length; k += 2) {
            if (!given.contains(String.valueOf(slotsAndValues[k]))) {
                throw new IllegalArgumentException(
                        where(key) + " has no slot {" + slotsAndValues[k] + "}");
            }
        }
        return out.toString();
    }

    /** Whether the file has a template under {@code key}. */
    public boolean has(String key) {
        return templates.containsKey(key);
    }

    /** The keys of this file, sorted: for the test that every key is used. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(templates.keySet());
        Collections.sort(keys);
        return keys;
    }

    /** The slot names in the template under {@code key}, in order of first use. */
    public List<String> slots(String key) {
        String template = template(key);
        List<String> slots = new ArrayList<>();
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String slot = template.substring(open + 1, close);
            if (!slots.contains(slot)) {
                slots.add(slot);
            }
            open = template.indexOf('{', close);
        }
        return slots;
    }

    /** The template under {@code key} as written, its slots unfilled. */
    String template(String key) {
        String template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no " + key + " in wording file " + name);
        }
        return template;
    }

    private String value(String key, String slot, Object[] slotsAndValues) {
        for (int k = 0; k < slotsAndValues.length; k += 2) {
            if (slot.equals(slotsAndValues[k])) {
                Object v = slotsAndValues[k + 1];
                if (v == null) {
                    throw new IllegalArgumentException(where(key) + ": {" + slot + "} is null");
                }
                return String.valueOf(v);
            }
        }
        throw new IllegalArgumentException(where(key) + ": no value for {" + slot + "}");
    }

    private String where(String key) {
        return name + "/" + key;
    }
}

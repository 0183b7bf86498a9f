package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.overturn.core.SampleCases;
import org.overturn.domain.intake.Field;
import org.overturn.domain.readiness.CasePath;
import org.overturn.ui.opencase.Section;

/**
 * Every string key used by FXML and code exists, and every key in the bundle is used (convention
 * 4).
 */
class MessageKeysTest {

    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern CODE_KEY =
            Pattern.compile("Messages\\.(?:get|format)\\(\\s*\"([^\"]+)\"");
    private static final Pattern CODE_KEY_TERNARY =
            Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private static Properties bundle;
    private static Set<String> used;

    @BeforeAll
    static void scan() throws IOException {
        bundle = new Properties();
        try (InputStream in =
                MessageKeysTest.class.getResourceAsStream(
                        "/org/overturn/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        used = new HashSet<>();
        scanFiles(Path.of("src/main/resources/org/overturn"), ".fxml", FXML_KEY);
        scanFiles(Path.of("src/main/java/org/overturn"), ".java", CODE_KEY);
        // Keys built from data: sections, samples, and yes/no/unknown
        // choices.
        for (Section s : Section.values()) {
            used.add(s.key());
        }
        SampleCases.ALL.forEach(s -> used.add(s.titleKey()));
        // The new-case-from-a-denial fields, and the guided path's steps, states and reasons.
        for (Field f : Field.values()) {
            used.add("intake.field." + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (CasePath.Step s : CasePath.Step.values()) {
            used.add("path.step." + s.name().toLowerCase(Locale.ROOT));
        }
        for (CasePath.State s : CasePath.State.values()) {
            used.add("path.state." + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (CasePath.Why w : CasePath.Why.values()) {
            if (w == CasePath.Why.NONE) {
                continue;
            }
            String k = w.name().toLowerCase(Locale.ROOT).replace('_', '-');
            used.add("path.why." + k);
            used.add("path.next." + k);
        }
        for (String t : new String[] {"unknown", "yes", "no"}) {
            used.add("tristate." + t);
        }
    }

    private static void scanFiles(Path root, String suffix, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(f);
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    used.add(m.group(1));
                }
                if (suffix.equals(".java") && text.contains("Messages.")) {
                    // Keys picked by a conditional inside Messages.get(…), e.g. a ternary between
                    // two keys: only in a file that reads the bundle.
                    Matcher t = CODE_KEY_TERNARY.matcher(text);
                    while (t.find()) {
                        if (bundle.containsKey(t.group(1))) {
                            used.add(t.group(1));
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyKeyUsedInFxmlAndCodeIsInTheBundle() {
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(bundle::containsKey);
        missing.removeIf(k -> k.endsWith("."));
        assertThat(missing).as("keys used but not defined").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys defined but never used").isEmpty();
    }

    @Test
    void everySectionHasATitle() {
        for (Section s : Section.values()) {
            assertThat(bundle.getProperty(s.key())).as(s.key()).isNotBlank();
        }
    }
}

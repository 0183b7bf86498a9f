package org.overturn.domain.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wording files and the Java that uses them agree: every key is used, every key used exists,
 * every file is read, and every template is well formed (issue 16, item 9).
 */
class WordingFilesTest {

    private static final Path FILES = Path.of("src/main/resources/org/overturn/wording");
    private static final Path CODE = Path.of("src/main/java/org/overturn");
    private static final Pattern OF = Pattern.compile("Wording\\.of\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern USE =
            Pattern.compile("\\.(?:text|fill|has)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    // (A key built from a prefix, text("band." + n), is not named whole: it is checked the other
    // way, by everyKeyIsUsedByTheCode.)
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CHAR = Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)'");
    private static final Pattern SLOT = Pattern.compile("[a-z][A-Za-z0-9]*");

    private static final Map<String, Wording> files = new HashMap<>();
    private static final Map<Path, String> sources = new HashMap<>();
    private static final Set<String> literals = new HashSet<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> s = Files.list(FILES)) {
            s.filter(p -> p.toString().endsWith(".properties"))
                    .forEach(
                            p -> {
                                String name = p.getFileName().toString().replace(".properties", "");
                                files.put(name, Wording.of(name));
                            });
        }
        try (Stream<Path> s = Files.walk(CODE)) {
            s.filter(p -> p.toString().endsWith(".java"))
                    .forEach(
                            p -> {
                                try {
                                    String text = Files.readString(p);
                                    sources.put(p, text);
                                    // Char literals such as '"' would pair quotes wrongly.
                                    Matcher m =
                                            LITERAL.matcher(CHAR.matcher(text).replaceAll("' '"));
                                    while (m.find()) {
                                        literals.add(m.group(1));
                                    }
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        }
    }

    @Test
    void thereAreWordingFiles() {
        assertThat(files).isNotEmpty();
    }

    @Test
    void everyFileIsReadByTheCode() {
        Set<String> read = new TreeSet<>();
        sources.values()
                .forEach(text -> OF.matcher(text).results().forEach(m -> read.add(m.group(1))));
        assertThat(read).containsAll(files.keySet());
        assertThat(files.keySet()).containsAll(read);
    }

    @Test
    void everyTemplateIsWellFormed() {
        List<String> bad = new ArrayList<>();
        files.forEach(
                (name, w) ->
                        w.keys()
                                .forEach(
                                        key -> {
                                            String t = raw(w, key);
                                            if (!t.equals(t.strip())) {
                                                bad.add(name + "/" + key + ": space at an end");
                                            }
                                            if (t.isEmpty()) {
                                                bad.add(name + "/" + key + ": empty");
                                            }
                                            long open = t.chars().filter(c -> c == '{').count();
                                            long close = t.chars().filter(c -> c == '}').count();
                                            if (open != close) {
                                                bad.add(name + "/" + key + ": unbalanced braces");
                                            }
                                            for (String slot : w.slots(key)) {
                                                if (!SLOT.matcher(slot).matches()) {
                                                    bad.add(
                                                            name
                                                                    + "/"
                                                                    + key
                                                                    + ": slot {"
                                                                    + slot
                                                                    + "}");
                                                }
                                            }
                                        }));
        assertThat(bad).isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheCode() {
        // A key is used when the code names it, or builds it from a named prefix ("band." + level).
        List<String> unused = new ArrayList<>();
        files.forEach(
                (name, w) ->
                        w.keys().stream()
                                .filter(key -> !literals.contains(key) && !builtFromPrefix(key))
                                .forEach(key -> unused.add(name + "/" + key)));
        assertThat(unused).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExistsInTheFilesItReads() {
        List<String> missing = new ArrayList<>();
        sources.forEach(
                (path, text) -> {
                    List<Wording> read =
                            OF.matcher(text).results().map(m -> files.get(m.group(1))).toList();
                    if (read.isEmpty() || read.contains(null)) {
                        return;
                    }
                    USE.matcher(text)
                            .results()
                            .map(m -> m.group(1))
                            .filter(key -> read.stream().noneMatch(w -> w.has(key)))
                            .forEach(key -> missing.add(path.getFileName() + ": " + key));
                });
        assertThat(missing).isEmpty();
    }

    @Test
    void writersForThePlanReadNoFileMeantForTheClinician() {
        // The files for the clinician, by name: notes, the P2P sheet, the clock, the measures and
        // the readiness check. A class marked @Outgoing writes pages sent to the plan.
        Pattern clinicianOnly =
                Pattern.compile(".*-notes|p2p|deadlines.*|measures|readiness|scoring");
        List<String> crossed = new ArrayList<>();
        sources.forEach(
                (path, text) -> {
                    if (!text.contains("\n@Outgoing")) {
                        return;
                    }
                    OF.matcher(text)
                            .results()
                            .map(m -> m.group(1))
                            .filter(name -> clinicianOnly.matcher(name).matches())
                            .forEach(name -> crossed.add(path.getFileName() + " reads " + name));
                });
        assertThat(crossed).isEmpty();
    }

    private static boolean builtFromPrefix(String key) {
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            if (literals.contains(key.substring(0, dot + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The template as written, slots unfilled. */
    private static String raw(Wording w, String key) {
        return w.template(key);
    }
}

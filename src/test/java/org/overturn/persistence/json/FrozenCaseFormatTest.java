package org.overturn.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.overturn.domain.casefile.CaseRules;

/**
 * Every case file frozen under {@code caseformat/vN/} when format version N shipped must still
 * import, so a clinician's old exports keep working. Add the samples of each new format version
 * beside them; never edit them.
 */
class FrozenCaseFormatTest {

    static Path frozenRoot() throws URISyntaxException {
        URL url = FrozenCaseFormatTest.class.getResource("/org/overturn/caseformat");
        assertThat(url).as("frozen case files on the test class path").isNotNull();
        return Path.of(url.toURI());
    }

    static Stream<Path> frozenFiles() throws IOException, URISyntaxException {
        try (Stream<Path> walk = Files.walk(frozenRoot())) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            return files.stream();
        }
    }

    @Test
    void everyFormatVersionUpToTheCurrentOneHasFrozenSamples() throws Exception {
        for (int v = 1; v <= CaseJson.CURRENT_VERSION; v++) {
            Path folder = frozenRoot().resolve("v" + v);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.filter(p -> p.toString().endsWith(".json")).count())
                        .as("frozen samples of format version %d", v)
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frozenFiles")
    void everyFrozenCaseFileStillImports(Path file) throws Exception {
        String version = frozenRoot().relativize(file).getName(0).toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);

        ImportedCase imported = new CaseJson().read(text);

        assertThat(text).contains("\"formatVersion\": " + version.substring(1));
        assertThat(imported.caseFile().patient().name()).isNotBlank();
        assertThat(imported.caseFile().denials()).isNotEmpty();
        assertThat(CaseRules.problems(imported.caseFile(), LocalDateTime.now())).isEmpty();
    }
}

package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OverturnCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void locusJsonHasCompositeLevelNameAndReasons() throws Exception {
        assertThat(run("score", "--instrument", "locus", "--ratings", "3,3,2,3,2,3,2", "--json"))
                .isEqualTo(0);
        JsonNode j = json();
        assertThat(j.get("instrument").asText()).isEqualTo("locus");
        assertThat(j.get("ratings").toString()).isEqualTo("[3,3,2,3,2,3,2]");
        assertThat(j.get("composite").asInt()).isEqualTo(18);
        assertThat(j.get("level").isInt()).isTrue();
        assertThat(j.get("level").asInt()).isEqualTo(3);
        assertThat(j.get("levelName").asText())
                .isEqualTo("Level 3: High Intensity Community Based Services");
        assertThat(j.get("reasons").isArray()).isTrue();
        assertThat(j.get("reasons").size()).isGreaterThan(1);
        assertThat(j.get("iopFit").asText()).isEqualTo("supports-iop");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void locusFlagsChangeTheLevel() throws Exception {
        assertThat(
                        run(
                                "score",
                                "--instrument",
                                "locus",
                                "--ratings",
                                "3,3,2,2,3,4,1",
                                "--act-available",
                                "--json"))
                .isEqualTo(0);
        assertThat(json().get("level").asInt()).isEqualTo(4);
        out.getBuffer().setLength(0);
        assertThat(
                        run(
                                "score",
                                "--instrument",
                                "locus",
                                "--ratings",
                                "2,2,2,1,1,1,1",
                                "--no-prior-treatment",
                                "--json"))
                .isEqualTo(0);
        assertThat(json().get("level").asInt()).isEqualTo(0);
    }

    @Test
    void calocusJsonSaysTheLevelIsTheUnofficialSimplification() throws Exception {
        assertThat(
                        run(
                                "score",
                                "--instrument",
                                "calocus",
                                "--ratings",
                                "3,3,2,3,2,3,2,1",
                                "--json"))
                .isEqualTo(0);
        JsonNode j = json();
        assertThat(j.get("composite").asInt()).isEqualTo(19);
        assertThat(j.get("level").asInt()).isEqualTo(3);
        assertThat(j.get("levelBasis").asText()).contains("Unofficial simplification");
    }

    @Test
    void asamJsonSaysWhetherTheRatingsSupportIop() throws Exception {
        assertThat(run("score", "--instrument", "asam", "--ratings", "0,0,1,2,3,2", "--json"))
                .isEqualTo(0);
        JsonNode j = json();
        assertThat(j.get("supportsIop").asBoolean()).isTrue();
        assertThat(j.get("levelName").asText()).contains("2.1");
        assertThat(j.has("composite")).isFalse();
        assertThat(j.has("level")).isFalse();
    }

    @Test
    void readableTextShowsLevelAndWhyNotLower() {
        assertThat(run("score", "--instrument", "locus", "--ratings", "3, 3, 2, 3, 2, 3, 2"))
                .isEqualTo(0);
        assertThat(out.toString())
                .contains("Composite: 18")
                .contains("Level: Level 3")
                .contains("Why not lower:")
                .contains("Why not higher:")
                .contains("licensed LOCUS manual");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "locus   | 3,3,2,3,2,3,6   | 1 to 5",
                "locus   | 3,3,2,3,2,3     | needs 7 ratings",
                "locus   | 3,3,x,3,2,3,2   | 'x' is not a whole number",
                "locus   | 3,3,,3,2,3,2    | '' is not a whole number",
                "calocus | 3,3,2,3,2,3,2   | needs 8 ratings",
                "asam    | 0,0,1,2,3,5     | 0 to 4",
                "asam    | 0,0,1,2,3,2,1   | needs 6 ratings",
                "gaf     | 50              | unknown instrument",
            })
    void refusesBadRatingsWithExitTwoAndOneLine(String instrument, String ratings, String message) {
        assertThat(run("score", "--instrument", instrument, "--ratings", ratings, "--json"))
                .isEqualTo(2);
        assertThat(err.toString()).contains(message);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void refusesLocusFlagsForAsam() {
        assertThat(
                        run(
                                "score",
                                "--instrument",
                                "asam",
                                "--ratings",
                                "0,0,1,2,3,2",
                                "--act-available"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("locus and calocus only");
    }

    @Test
    void missingRatingsIsBadUsage() {
        assertThat(run("score", "--instrument", "locus")).isEqualTo(2);
        assertThat(err.toString()).contains("--ratings");
    }
}

package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.PracticeProfile.ProfileImage;

/**
 * {@code profile import FILE.json} and {@code profile show [--json]}: exit codes, the round trip,
 * bad files.
 */
class ProfileCommandTest {

    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static final String PROFILE =
            """
            {
              "practiceName": "Harbor View IOP",
              "address": "12 Pier Road\\nSacramento, CA 95814",
              "phone": "(916) 555-0100",
              "fax": "(916) 555-0101",
              "clinicians": [
                {"name": "Miriam Osei", "credentials": "MD", "physician": true, "npi": "1234567893",
                 "phone": "(916) 555-0110", "fax": "", "email": "m.osei@example.org"},
                {"name": "Rosa Delgado", "credentials": "LCADC"}
              ]
            }
            """;

    @TempDir Path dir;
    private Path data;

    record Result(int code, String out, String err) {}

    @BeforeEach
    void dataDir() {
        data = dir.resolve("data");
    }

    private Result inData(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                OverturnCli.run(
                        all.toArray(String[]::new),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private PracticeProfile stored() throws Exception {
        return CoreServices.open(new AppPaths(data), Clock.systemUTC()).profiles().load();
    }

    @Test
    void importSetsTheProfileAndShowJsonPrintsItBack() throws Exception {
        Result r = inData("profile", "import", file("profile.json", PROFILE).toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Harbor View IOP", "2 clinicians");
        PracticeProfile p = stored();
        assertThat(p.practiceName()).isEqualTo("Harbor View IOP");
        assertThat(p.address()).isEqualTo("12 Pier Road\nSacramento, CA 95814");
        assertThat(p.clinicians())
                .containsExactly(
                        new Clinician(
                                "Miriam Osei",
                                "MD",
                                true,
                                "1234567893",
                                "(916) 555-0110",
                                "",
                                "m.osei@example.org"),
                        new Clinician("Rosa Delgado", "LCADC", false, "", "", "", ""));

        Result show = inData("profile", "show", "--json");

        assertThat(show.code()).isZero();
        assertThat(show.err()).isEmpty();
        JsonNode root = STRICT.readTree(show.out());
        assertThat(root.get("format").asText()).isEqualTo("overturn-profile");
        assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.get("clinicians")).hasSize(2);
        assertThat(root.get("clinicians").get(1).get("physician").asBoolean()).isFalse();
    }

    @Test
    void whatShowJsonPrintsImportsUnchanged() throws Exception {
        inData("profile", "import", file("profile.json", PROFILE).toString());
        PracticeProfile first = stored();
        Path printed = file("printed.json", inData("profile", "show", "--json").out());
        Path other = dir.resolve("other");
        List<String> args =
                List.of("--data-dir", other.toString(), "profile", "import", printed.toString());
        StringWriter err = new StringWriter();

        int code =
                OverturnCli.run(
                        args.toArray(String[]::new),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(CoreServices.open(new AppPaths(other), Clock.systemUTC()).profiles().load())
                .isEqualTo(first);
    }

    @Test
    void physicianLeftOutFollowsTheCredentials() throws Exception {
        inData(
                "profile",
                "import",
                file(
                                "p.json",
                                """
                {"clinicians": [{"name": "Jon Park", "credentials": "D.O."}, {"name": "Ann Lee", "credentials": "PsyD"}]}
                """)
                        .toString());

        assertThat(stored().clinicians())
                .extracting(Clinician::physician)
                .containsExactly(true, false);
    }

    @Test
    void showWithoutJsonPrintsReadableLinesAndSaysWhenThereIsNoProfile() throws Exception {
        assertThat(inData("profile", "show").out()).contains("No practice profile yet");

        inData("profile", "import", file("profile.json", PROFILE).toString());
        Result r = inData("profile", "show");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains(
                        "Practice:   Harbor View IOP",
                        "Clinicians (2):",
                        "Miriam Osei, MD · physician · NPI 1234567893",
                        "Rosa Delgado, LCADC");
    }

    @Test
    void importKeepsTheImagesAndTheSignatureStaysWithTheFirstClinician() throws Exception {
        inData("profile", "import", file("profile.json", PROFILE).toString());
        CoreServices core = CoreServices.open(new AppPaths(data), Clock.systemUTC());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        core.profiles()
                .save(
                        core.profiles()
                                .load()
                                .withLogo(Optional.of(new ProfileImage("logo.png", png)))
                                .withSignature(Optional.of(new ProfileImage("osei.png", png))));

        Result same =
                inData(
                        "profile",
                        "import",
                        file("same.json", PROFILE.replace("(916) 555-0100", "(916) 555-0199"))
                                .toString());

        assertThat(same.code()).isZero();
        assertThat(stored().phone()).isEqualTo("(916) 555-0199");
        assertThat(stored().logo()).isPresent();
        assertThat(stored().signature()).as("the first clinician is the same").isPresent();

        Result swapped =
                inData(
                        "profile",
                        "import",
                        file(
                                        "swapped.json",
                                        """
                {"practiceName": "Harbor View IOP", "clinicians": [{"name": "Rosa Delgado"}, {"name": "Miriam Osei"}]}
                """)
                                .toString());

        assertThat(swapped.code()).isZero();
        assertThat(swapped.out()).contains("signature image was Miriam Osei's", "removed");
        assertThat(stored().signature()).as("it would print above Rosa Delgado's name").isEmpty();
        assertThat(stored().logo()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            not JSON                    | {"practiceName": | malformed JSON
            a list at the top           | []               | top level must be a JSON object
            another format              | {"format": "overturn-case"} | "format" must be "overturn-profile"
            a later version             | {"formatVersion": 2} | unknown formatVersion 2
            an unknown field            | {"practice": "X"} | unknown field "practice" in the top level
            a clinician without a name  | {"clinicians": [{"credentials": "MD"}]} | clinicians[0].name is required
            a bad NPI                   | {"clinicians": [{"name": "A B", "npi": "12345"}]} | clinicians[0] (A B): an NPI is 10 digits
            physician as text           | {"clinicians": [{"name": "A B", "physician": "yes"}]} | clinicians[0].physician: expected true or false
            a misspelt clinician field  | {"clinicians": [{"name": "A B", "fx": "1"}]} | unknown field "fx" in clinicians[0]
            two with one name           | {"clinicians": [{"name": "A B"}, {"name": "a b"}]} | clinicians[1]: two clinicians are named a b
            a number for text           | {"phone": 5550100} | phone: expected text
            """)
    void aBadFileExitsTwoWithOneLineAndChangesNothing(String what, String json, String message)
            throws Exception {
        inData("profile", "import", file("good.json", PROFILE).toString());
        PracticeProfile before = stored();

        Result r = inData("profile", "import", file("bad.json", json).toString());

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines())
                .as(r.err())
                .singleElement()
                .satisfies(
                        line -> {
                            assertThat(line)
                                    .startsWith("overturn: ")
                                    .contains("bad.json")
                                    .contains(message);
                        });
        assertThat(r.out()).isEmpty();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aMissingFileExitsTwoAndCreatesNoDataFolder() {
        Result r = inData("profile", "import", dir.resolve("nope.json").toString());

        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no such file");
        assertThat(data).doesNotExist();
    }

    @Test
    void profileWithoutASubcommandIsBadUsage() {
        Result r = inData("profile");

        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("profile needs import or show");
    }

    /**
     * Issue 13, item 11 for profiles: a key given twice or anything after the profile is refused,
     * in one line.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"practiceName\": \"x\", \"practiceName\": \"y\"}|the key \"practiceName\" is given twice",
                "{\"practiceName\": \"x\"} trailing|something follows after the end of the profile",
                "{\"practiceName\": \"x\"} {\"practiceName\": \"y\"}|something follows after the end of the profile",
                "{\"clinicians\": [{\"name\": \"A\", \"name\": \"B\"}]}|the key \"name\" is given twice"
            })
    void aLenientProfileIsRefusedAndNothingIsSet(String text, String message) throws Exception {
        Result r = inData("profile", "import", file("p.json", text).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines())
                .singleElement()
                .satisfies(
                        l ->
                                assertThat(l)
                                        .contains(message)
                                        .doesNotContain("com.fasterxml", "Exception"));
        assertThat(stored().practiceName()).isEmpty();
    }
}

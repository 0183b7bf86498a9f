package org.overturn.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.CaseRules;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;
import org.overturn.persistence.BackupService;
import org.overturn.persistence.Database;
import org.overturn.persistence.SqliteCaseRepository;
import org.overturn.persistence.SqlitePayerRepository;

class CaseJsonTest {

    static final String MH_SAMPLE = "mh-iop-concurrent-erisa.json";
    static final String SUD_SAMPLE = "sud-iop-preservice-medicaid.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CaseJson json = new CaseJson();

    static String sample(String name) {
        try (InputStream in =
                CaseJsonTest.class.getResourceAsStream("/org/overturn/samples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {MH_SAMPLE, SUD_SAMPLE})
    void aShippedSampleExportsBackToTheSameJson(String name) throws Exception {
        String text = sample(name);
        ImportedCase imported = json.read(text);

        String exported = json.export(imported.caseFile(), imported.payer());

        assertThat(MAPPER.readTree(exported)).isEqualTo(MAPPER.readTree(text));
        assertThat(json.read(exported)).isEqualTo(imported);
    }

    @ParameterizedTest
    @ValueSource(strings = {MH_SAMPLE, SUD_SAMPLE})
    void aShippedSampleImportsIntoTheDatabaseAndExportsEqual(String name, @TempDir Path dir)
            throws Exception {
        Database db =
                Database.open(
                        dir.resolve("overturn.db"),
                        new BackupService(dir.resolve("b"), Clock.systemUTC()));
        SqliteCaseRepository cases = new SqliteCaseRepository(db, json, Clock.systemUTC());
        SqlitePayerRepository payers = new SqlitePayerRepository(db);
        ImportedCase original = json.read(sample(name));
        assertThat(CaseRules.problems(original.caseFile(), LocalDateTime.now())).isEmpty();

        CaseFile stored = cases.importCase(original);
        CaseFile found = cases.find(stored.id().orElseThrow()).orElseThrow();
        Optional<Payer> payer = found.plan().payerId().flatMap(payers::find);
        ImportedCase again = json.read(json.export(found, payer));

        assertThat(again.payer().map(p -> p.withId(0)))
                .isEqualTo(original.payer().map(p -> p.withId(0)));
        assertThat(again.caseFile()).isEqualTo(original.caseFile());
        assertThat(MAPPER.readTree(json.export(found, payer)).get("caseId").asLong())
                .isEqualTo(stored.id().get());
    }

    static Stream<String> awkwardText() {
        return CaseFixtures.AWKWARD_TEXT.stream();
    }

    @ParameterizedTest
    @MethodSource("awkwardText")
    void unicodeQuotesAndSqlRoundTripExactlyThroughJson(String text) throws Exception {
        CaseFile c = CaseFixtures.fullCase(text);
        Payer payer = CaseFixtures.payer(text);

        ImportedCase back = json.read(json.export(c, Optional.of(payer)));

        assertThat(back.caseFile()).isEqualTo(c);
        assertThat(back.payer()).contains(payer);
        assertThat(json.fromStored(9, json.toStored(c))).isEqualTo(c.withId(9));
    }

    @Test
    void exportLeavesOutDatabaseIdsButNamesTheCase() throws Exception {
        CaseFile c = CaseFixtures.fullCase("x").withId(12);
        JsonNode tree =
                MAPPER.readTree(json.export(c, Optional.of(CaseFixtures.payer("P").withId(3))));

        assertThat(tree.get("format").asText()).isEqualTo("overturn-case");
        assertThat(tree.get("formatVersion").asInt()).isEqualTo(CaseJson.CURRENT_VERSION);
        assertThat(tree.get("caseId").asLong()).isEqualTo(12);
        assertThat(tree.get("payer").has("id")).isFalse();
        assertThat(tree.get("case").has("id")).isFalse();
        assertThat(tree.get("case").get("plan").has("payerId")).isFalse();
    }

    @Test
    void theFormatFiveClockFactsRoundTripAndAreWrittenOnlyWhenSet() throws Exception {
        ImportedCase sample = json.read(sample(MH_SAMPLE));
        ClockFacts facts =
                ClockFacts.none()
                        .withAppealFiled(
                                LocalDate.of(2026, 11, 18), Optional.of(LocalTime.of(9, 5)))
                        .withFinalDenial(LocalDate.of(2026, 11, 20), DecisionLevel.EXTERNAL)
                        .withExtensionRequestedAt(LocalDateTime.of(2026, 11, 17, 16, 30))
                        .withDecisionExtended(true)
                        .withStateHearingDays(Optional.of(120))
                        .withSuitBy(Optional.of(LocalDate.of(2027, 11, 20)));
        CaseFile withFacts = sample.caseFile().withClock(facts);

        String exported = json.export(withFacts, sample.payer());
        JsonNode clock = MAPPER.readTree(exported).get("case").get("clock");

        assertThat(clock.get("finalDenialLevel").asText()).isEqualTo("external");
        assertThat(clock.get("extensionRequestedAt").asText()).isEqualTo("2026-11-17T16:30:00");
        assertThat(clock.get("decisionExtended").asBoolean()).isTrue();
        assertThat(clock.get("stateHearingDays").asInt()).isEqualTo(120);
        assertThat(clock.get("suitBy").asText()).isEqualTo("2027-11-20");
        assertThat(json.read(exported).caseFile().clock()).isEqualTo(facts);
        JsonNode plain =
                MAPPER.readTree(
                                json.export(
                                        sample.caseFile()
                                                .withClock(
                                                        ClockFacts.none()
                                                                .withFinalDenial(
                                                                        LocalDate.of(
                                                                                2026, 11, 20))),
                                        sample.payer()))
                        .get("case")
                        .get("clock");
        assertThat(plain.has("finalDenialLevel")).as("internal is the default, left out").isFalse();
        assertThat(plain.has("decisionExtended")).isFalse();
    }

    @Test
    void theFormatSixDecisionsRoundTripInFileAndStoreAndAreWrittenOnlyWhenThereAreSome()
            throws Exception {
        ImportedCase sample = json.read(sample(MH_SAMPLE));
        List<Decision> decisions =
                List.of(
                        new Decision(
                                LocalDate.of(2026, 11, 20),
                                DecisionLevel.INTERNAL,
                                DecisionOutcome.UPHELD),
                        new Decision(
                                LocalDate.of(2027, 1, 4),
                                DecisionLevel.EXTERNAL,
                                DecisionOutcome.PARTLY_OVERTURNED));
        CaseFile decided = sample.caseFile().withDecisions(decisions);

        String exported = json.export(decided, sample.payer());
        JsonNode written = MAPPER.readTree(exported).get("case").get("decisions");

        assertThat(written).hasSize(2);
        assertThat(written.get(1).get("decidedOn").asText()).isEqualTo("2027-01-04");
        assertThat(written.get(1).get("level").asText()).isEqualTo("external");
        assertThat(written.get(1).get("outcome").asText()).isEqualTo("partly-overturned");
        assertThat(json.read(exported).caseFile().decisions()).isEqualTo(decisions);
        assertThat(json.fromStored(1, json.toStored(decided)).decisions()).isEqualTo(decisions);
        assertThat(
                        MAPPER.readTree(json.export(sample.caseFile(), sample.payer()))
                                .get("case")
                                .has("decisions"))
                .as("none recorded: the case is written as before")
                .isFalse();
        assertThat(json.toStored(sample.caseFile())).doesNotContain("decisions");
    }

    @Test
    void theFormatSevenEmployerAndSharingRoundTripAndAreWrittenOnlyWhenGiven() throws Exception {
        ImportedCase sample = json.read(sample(MH_SAMPLE));
        CaseFile bare =
                sample.caseFile()
                        .withPlan(sample.caseFile().plan().withEmployer("", Optional.empty()));
        CaseFile shared =
                bare.withPlan(
                        bare.plan().withEmployer("Harbor Logistics, Inc.", Optional.of(true)));
        CaseFile declined = bare.withPlan(bare.plan().withEmployer("", Optional.of(false)));

        JsonNode plan =
                MAPPER.readTree(json.export(shared, sample.payer())).get("case").get("plan");
        assertThat(plan.get("employerName").asText()).isEqualTo("Harbor Logistics, Inc.");
        assertThat(plan.get("shareWithEmployer").asBoolean()).isTrue();
        assertThat(json.read(json.export(shared, sample.payer())).caseFile().plan())
                .isEqualTo(shared.plan());
        assertThat(json.fromStored(1, json.toStored(shared)).plan()).isEqualTo(shared.plan());
        assertThat(json.fromStored(1, json.toStored(declined)).plan().shareWithEmployer())
                .contains(false);

        JsonNode none = MAPPER.readTree(json.export(bare, sample.payer())).get("case").get("plan");
        assertThat(none.has("employerName")).as("no employer: written as before").isFalse();
        assertThat(none.has("shareWithEmployer")).isFalse();
        assertThat(json.toStored(bare)).doesNotContain("employerName").doesNotContain("shareWith");
    }

    // ---- bad input: one line saying what and where
    // -------------------------------------------------------

    private static ObjectNode sampleTree() {
        try {
            return (ObjectNode) MAPPER.readTree(sample(MH_SAMPLE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode firstDenial(ObjectNode root) {
        return (ObjectNode) ((ArrayNode) root.get("case").get("denials")).get(0);
    }

    private static String edited(Consumer<ObjectNode> edit) {
        ObjectNode root = sampleTree();
        edit.accept(root);
        return root.toPrettyString();
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(
                        "malformed JSON",
                        "{\"format\": \"overturn-case\", \"formatVersion\": 1,\n  \"case\": {",
                        new String[] {"malformed JSON", "line 2"}),
                Arguments.of("not JSON at all", "Dear payer,", new String[] {"malformed JSON"}),
                Arguments.of("empty file", "", new String[] {"not a case file"}),
                Arguments.of(
                        "a JSON list", "[1, 2]", new String[] {"not a case file", "JSON object"}),
                Arguments.of(
                        "another format",
                        edited(r -> r.put("format", "something-else")),
                        new String[] {"not a case file", "\"format\""}),
                Arguments.of(
                        "formatVersion 0",
                        edited(r -> r.put("formatVersion", 0)),
                        new String[] {
                            "unknown formatVersion 0", "reads 1 to " + CaseJson.CURRENT_VERSION
                        }),
                Arguments.of(
                        "a newer formatVersion",
                        edited(r -> r.put("formatVersion", CaseJson.CURRENT_VERSION + 1)),
                        new String[] {"unknown formatVersion " + (CaseJson.CURRENT_VERSION + 1)}),
                Arguments.of(
                        "formatVersion as text",
                        edited(r -> r.put("formatVersion", "1")),
                        new String[] {"\"formatVersion\"", "not a whole number"}),
                Arguments.of(
                        "formatVersion missing",
                        edited(r -> r.remove("formatVersion")),
                        new String[] {"\"formatVersion\" is missing"}),
                Arguments.of(
                        "case missing",
                        edited(r -> r.remove("case")),
                        new String[] {"\"case\" is missing"}),
                Arguments.of(
                        "patient missing",
                        edited(r -> ((ObjectNode) r.get("case")).remove("patient")),
                        new String[] {"case", "patient is required"}),
                Arguments.of(
                        "patient name missing",
                        edited(r -> ((ObjectNode) r.get("case").get("patient")).remove("name")),
                        new String[] {"case.patient", "patient name is required"}),
                Arguments.of(
                        "patient name blank",
                        edited(r -> ((ObjectNode) r.get("case").get("patient")).put("name", "   ")),
                        new String[] {"case.patient", "patient name is required"}),
                Arguments.of(
                        "unknown field in a denial",
                        edited(r -> firstDenial(r).put("colour", "red")),
                        new String[] {"unknown field \"colour\" in case.denials[0]"}),
                Arguments.of(
                        "unknown field in the case",
                        edited(r -> ((ObjectNode) r.get("case")).put("extra", 1)),
                        new String[] {"unknown field \"extra\" in case"}),
                Arguments.of(
                        "unknown field at the top",
                        edited(r -> r.put("notes", "x")),
                        new String[] {"unknown field \"notes\" at the top level"}),
                Arguments.of(
                        "impossible date",
                        edited(r -> firstDenial(r).put("noticeDate", "2026-02-30")),
                        new String[] {
                            "case.denials[0].noticeDate", "'2026-02-30' is not a valid date"
                        }),
                Arguments.of(
                        "impossible date of birth",
                        edited(
                                r ->
                                        ((ObjectNode) r.get("case").get("patient"))
                                                .put("dateOfBirth", "1990-13-01")),
                        new String[] {"case.patient.dateOfBirth", "1990-13-01"}),
                Arguments.of(
                        "impossible moment",
                        edited(r -> firstDenial(r).put("receivedAt", "2026-11-14T25:00:00")),
                        new String[] {"case.denials[0].receivedAt"}),
                Arguments.of(
                        "unknown plan type",
                        edited(
                                r ->
                                        ((ObjectNode) r.get("case").get("plan"))
                                                .put("planType", "erisa")),
                        new String[] {
                            "case.plan.planType",
                            "unknown value 'erisa'",
                            "erisa-self-funded, erisa-insured, individual"
                        }),
                Arguments.of(
                        "unknown reason",
                        edited(r -> ((ArrayNode) firstDenial(r).get("reasons")).add("vibes")),
                        new String[] {
                            "case.denials[0].reasons[2]",
                            "unknown value 'vibes'",
                            "outpatient-sufficient"
                        }),
                Arguments.of(
                        "unknown state",
                        edited(r -> ((ObjectNode) r.get("case").get("patient")).put("state", "ZZ")),
                        new String[] {"case.patient", "'ZZ' is not a US state"}),
                Arguments.of(
                        "units denied above requested",
                        edited(r -> firstDenial(r).put("unitsDenied", 99)),
                        new String[] {"case.denials[0]", "cannot exceed units requested"}),
                Arguments.of(
                        "text where a number belongs",
                        edited(r -> firstDenial(r).put("unitsRequested", "many")),
                        new String[] {"case.denials[0].unitsRequested"}),
                Arguments.of(
                        "duplicate denial ids",
                        edited(
                                r ->
                                        ((ArrayNode) r.get("case").get("denials"))
                                                .add(firstDenial(r).deepCopy())),
                        new String[] {"case", "share an id"}),
                Arguments.of(
                        "payer without a name",
                        edited(r -> ((ObjectNode) r.get("payer")).put("name", "")),
                        new String[] {"payer", "payer name is required"}),
                // Issue 13, item 11: nothing lenient.
                Arguments.of(
                        "garbage after the case",
                        edited(r -> {}) + " trailing words",
                        new String[] {"after the end of the case"}),
                Arguments.of(
                        "a second case after the first",
                        edited(r -> {}) + edited(r -> {}),
                        new String[] {"after the end of the case"}),
                Arguments.of(
                        "a key given twice",
                        "{\"format\": \"overturn-case\", \"formatVersion\": 99, "
                                + "\"formatVersion\": 3, \"case\": {}}",
                        new String[] {"\"formatVersion\"", "twice"}),
                Arguments.of(
                        "a number where a date belongs",
                        edited(r -> firstDenial(r).put("noticeDate", 12345)),
                        new String[] {"case.denials[0].noticeDate"}),
                Arguments.of(
                        "a fraction where a whole number belongs",
                        edited(r -> firstDenial(r).put("unitsRequested", 15.5)),
                        new String[] {"case.denials[0].unitsRequested"}),
                Arguments.of(
                        "a number where true or false belongs",
                        edited(r -> firstDenial(r).put("urgent", 1)),
                        new String[] {"case.denials[0].urgent"}),
                Arguments.of(
                        "no denial",
                        edited(r -> ((ObjectNode) r.get("case")).putArray("denials")),
                        new String[] {"case", "at least one denial"}),
                Arguments.of(
                        "a notice dated in year 1",
                        edited(r -> firstDenial(r).put("noticeDate", "0001-01-01")),
                        new String[] {"case.denials[0]", "0001-01-01", "1900"}),
                Arguments.of(
                        "a notice dated in year 9999",
                        edited(r -> firstDenial(r).put("noticeDate", "9999-12-31")),
                        new String[] {"case.denials[0]", "9999-12-31"}),
                // Issue 13, item 12: lengths.
                Arguments.of(
                        "a megabyte as the patient's name",
                        edited(
                                r ->
                                        ((ObjectNode) r.get("case").get("patient"))
                                                .put("name", "N".repeat(1 << 20))),
                        new String[] {"case.patient.name", "1048576 characters", "200"}),
                Arguments.of(
                        "a member id of 65 characters",
                        edited(
                                r ->
                                        ((ObjectNode) r.get("case").get("patient"))
                                                .put("memberId", "1".repeat(65))),
                        new String[] {"case.patient.memberId", "64"}),
                Arguments.of(
                        "a rationale over 50,000 characters",
                        edited(r -> firstDenial(r).put("rationale", "word ".repeat(10_001))),
                        new String[] {"case.denials[0].rationale", "50000"}),
                // Issue 13, "keep it proven": what the malformed corpus found.
                Arguments.of(
                        "a number where text belongs",
                        edited(
                                r ->
                                        ((ObjectNode) r.get("case").get("patient"))
                                                .put("memberId", 448120377)),
                        new String[] {
                            "case.patient.memberId", "expected text, found a whole number"
                        }),
                Arguments.of(
                        "true where text belongs",
                        edited(r -> firstDenial(r).put("reviewerName", true)),
                        new String[] {"case.denials[0].reviewerName", "expected text, found true"}),
                Arguments.of(
                        "a date as a list of numbers",
                        edited(
                                r ->
                                        firstDenial(r)
                                                .putArray("noticeDate")
                                                .add(2026)
                                                .add(11)
                                                .add(16)),
                        new String[] {
                            "case.denials[0].noticeDate",
                            "expected a date (YYYY-MM-DD), found a list"
                        }),
                Arguments.of(
                        "a date with a time",
                        edited(r -> firstDenial(r).put("noticeDate", "2026-11-16T23:59")),
                        new String[] {"case.denials[0].noticeDate", "is not a valid date"}),
                Arguments.of(
                        "an empty date",
                        edited(r -> firstDenial(r).put("noticeDate", "")),
                        new String[] {"case.denials[0].noticeDate", "leave the field out"}),
                Arguments.of(
                        "a control character in a name",
                        edited(
                                r ->
                                        ((ObjectNode) r.get("case").get("patient"))
                                                .put("name", "Dan\u0007iela")),
                        new String[] {
                            "case.patient.name", "control character U+0007 at character 4"
                        }),
                Arguments.of(
                        "half a surrogate pair in a name",
                        edited(
                                r ->
                                        ((ObjectNode) r.get("case").get("patient"))
                                                .put("name", "Dan\ud800iela")),
                        new String[] {"case.patient.name", "U+D800"}),
                Arguments.of(
                        "the case as null",
                        edited(r -> r.putNull("case")),
                        new String[] {"\"case\" is missing"}),
                Arguments.of(
                        "null in a list",
                        edited(r -> ((ArrayNode) r.get("case").get("timeline")).addNull()),
                        new String[] {"case.timeline[2]", "null in a list"}),
                Arguments.of(
                        "lists nested 5000 deep",
                        "{\"format\": \"overturn-case\", \"x\": "
                                + "[".repeat(5000)
                                + "]".repeat(5000)
                                + "}",
                        new String[] {"nested more than 1000 deep"}),
                Arguments.of(
                        "a raw line break inside quotes",
                        edited(r -> {}).replace("\"denied\"", "\"den\nied\""),
                        new String[] {"control character U+000A inside quotes"}),
                Arguments.of(
                        "a billion dollars billed",
                        edited(r -> firstDenial(r).put("billedAmount", new BigDecimal("1e400"))),
                        new String[] {"case.denials[0]", "less than $1,000,000,000"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadCaseFileIsRefusedWithOneLineSayingWhatAndWhere(
            String what, String text, String[] fragments) {
        assertThatThrownBy(() -> json.read(text))
                .isInstanceOf(CaseFormatException.class)
                .satisfies(
                        e -> {
                            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r");
                            assertThat(e.getMessage()).contains(fragments);
                            assertThat(e.getMessage())
                                    .doesNotContain(
                                            "org.overturn",
                                            "com.fasterxml",
                                            "java.",
                                            "StreamReadConstraints",
                                            "CTRL-CHAR",
                                            "`",
                                            "Exception");
                        });
    }

    @Test
    void aLaterFormatVersionIsNamedInTheMessage() {
        String text = edited(r -> r.put("formatVersion", CaseJson.CURRENT_VERSION + 1));

        assertThatThrownBy(() -> json.read(text))
                .hasMessage(
                        "unknown formatVersion "
                                + (CaseJson.CURRENT_VERSION + 1)
                                + " (this version of Overturn reads 1 to "
                                + CaseJson.CURRENT_VERSION
                                + ")");
    }

    @Test
    void upgradingFromTheCurrentVersionChangesNothing() {
        ObjectNode root = sampleTree();
        ObjectNode copy = root.deepCopy();

        assertThat(new CaseFormatUpgrades().upgrade(root, CaseJson.CURRENT_VERSION))
                .isEqualTo(copy);
    }
}

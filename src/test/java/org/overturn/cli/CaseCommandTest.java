package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.Payer;
import org.overturn.persistence.json.CaseJson;

class CaseCommandTest {

    static final String MH = "mh-iop-concurrent-erisa.json";
    static final String SUD = "sud-iop-preservice-medicaid.json";

    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir Path dir;
    private Path data;

    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    @BeforeEach
    void dataDir() {
        data = dir.resolve("data");
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OverturnCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Result inData(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void theSameFileImportedAgainIsNotDuplicatedButNamedWithItsCaseUnlessAskedTo()
            throws Exception {
        Path file = sampleFile(MH);
        Result first = inData("case", "import", file.toString());
        String id = first.outLines().get(first.outLines().size() - 1);

        // As after an import killed between its commit and printing the id: the retry finds the
        // case.
        Result again = inData("case", "import", file.toString());

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err().strip())
                .doesNotContain("\n")
                .contains("already imported as case " + id)
                .contains("--allow-duplicate");
        assertThat(again.outLines().get(again.outLines().size() - 1)).isEqualTo(id);
        assertThat(inData("case", "list", "--json").out())
                .containsOnlyOnce("Daniela Reyes-Whitford");

        Result forced = inData("case", "import", "--allow-duplicate", file.toString());
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.outLines().get(forced.outLines().size() - 1)).isNotEqualTo(id);
    }

    private Path sampleFile(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/overturn/samples/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private Path edited(String name, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) STRICT.readTree(Files.readString(sampleFile(MH)));
        edit.accept(root);
        return Files.writeString(dir.resolve(name), root.toPrettyString());
    }

    private long importSample(String name) throws Exception {
        Result r = inData("case", "import", sampleFile(name).toString());
        assertThat(r.code()).as(r.err()).isZero();
        return Long.parseLong(r.outLines().get(r.outLines().size() - 1));
    }

    private CoreServices core() throws Exception {
        return CoreServices.open(new AppPaths(data), Clock.systemUTC());
    }

    private void assertOneLineErrorAndNothingStored(Result r, String... fragments)
            throws Exception {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines())
                .as(r.err())
                .singleElement()
                .satisfies(
                        line -> {
                            assertThat(line).startsWith("overturn: ");
                            for (String f : fragments) {
                                assertThat(line).contains(f);
                            }
                        });
        assertThat(r.out()).isEmpty();
        if (Files.isDirectory(data)) {
            CoreServices core = core();
            assertThat(core.cases().count()).isZero();
            assertThat(core.payers().all()).isEmpty();
        }
    }

    // ---- happy paths
    // ----------------------------------------------------------------------------------

    @Test
    void versionPrintsTheAppNameAndVersion() {
        Result r = run("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("Overturn \\S+").doesNotContain("${");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void importPrintsTheNewIdOnItsLastLine() throws Exception {
        Result r = inData("case", "import", sampleFile(SUD).toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.outLines();
        assertThat(lines.get(lines.size() - 1)).matches("[1-9][0-9]*");
        long id = Long.parseLong(lines.get(lines.size() - 1));
        assertThat(core().cases().find(id))
                .hasValueSatisfying(
                        c -> assertThat(c.patient().name()).isEqualTo("Nguyễn Thị Ánh"));
        assertThat(importSample(MH)).isGreaterThan(id);
    }

    @Test
    void listPrintsATableOfTheCases() throws Exception {
        importSample(MH);
        importSample(SUD);

        Result r = inData("case", "list");

        assertThat(r.code()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith("ID")
                .contains(
                        "PATIENT", "PAYER", "PLAN TYPE", "LEVEL OF CARE", "STATUS", "DENIAL DATE");
        assertThat(lines.get(1))
                .startsWith("2 ")
                .contains(
                        "Nguyễn Thị Ánh",
                        "Lakeshore Community Health Plan (sample)",
                        "medicaid-mco",
                        "iop-sud",
                        "denied",
                        "2026-11-19");
        assertThat(lines.get(2))
                .startsWith("1 ")
                .contains("Daniela Reyes-Whitford", "erisa-self-funded", "iop-mh", "2026-11-14");
        int payerColumn = lines.get(0).indexOf("PAYER");
        assertThat(lines.get(1).codePointCount(0, lines.get(1).indexOf("Lakeshore")))
                .as("columns line up by character, even with accents")
                .isEqualTo(payerColumn);
    }

    @Test
    void listOfNoCasesSaysHowToAddOne() {
        Result r = inData("case", "list");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No cases yet");
    }

    @Test
    void listJsonPrintsOnlyJson() throws Exception {
        importSample(MH);
        importSample(SUD);

        Result r = inData("case", "list", "--json");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode root = STRICT.readTree(r.out());
        assertThat(root.get("cases")).hasSize(2);
        JsonNode first = root.get("cases").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(2);
        assertThat(first.get("patient").asText()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(first.get("planType").asText()).isEqualTo("medicaid-mco");
        assertThat(first.get("denialDate").asText()).isEqualTo("2026-11-19");
    }

    @Test
    void listJsonOfNoCasesIsAnEmptyList() throws Exception {
        Result r = inData("case", "list", "--json");

        assertThat(r.code()).isZero();
        assertThat(STRICT.readTree(r.out()).get("cases")).isEmpty();
    }

    @Test
    void showPrintsTheCaseAsText() throws Exception {
        long id = importSample(MH);

        Result r = inData("case", "show", String.valueOf(id));

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("Case " + id + ": Daniela Reyes-Whitford")
                .contains(
                        "Cascade Mutual Health (sample)",
                        "Tomás Reyes (Spouse)",
                        "Denials (1)",
                        "Concurrent review",
                        "2026-10-26 to 2026-11-14",
                        "Timeline");
    }

    @ParameterizedTest
    @ValueSource(strings = {MH, SUD})
    void showJsonPrintsTheImportFormatAndReimportsEqual(String sample) throws Exception {
        long id = importSample(sample);

        Result shown = inData("case", "show", String.valueOf(id), "--json");

        assertThat(shown.code()).isZero();
        assertThat(shown.err()).isEmpty();
        JsonNode tree = STRICT.readTree(shown.out());
        assertThat(tree.get("caseId").asLong()).isEqualTo(id);
        JsonNode original = STRICT.readTree(Files.readString(sampleFile(sample)));
        ((ObjectNode) tree).remove("caseId");
        assertThat(tree).isEqualTo(original);

        Path again = Files.writeString(dir.resolve("again.json"), shown.out());
        Result reimport = inData("case", "import", again.toString());
        long id2 = Long.parseLong(reimport.outLines().get(reimport.outLines().size() - 1));
        CoreServices core = core();
        CaseFile first = core.cases().find(id).orElseThrow();
        assertThat(core.cases().find(id2)).contains(first.withId(id2));
        assertThat(core.payers().all()).as("the payer was matched, not added twice").hasSize(1);
    }

    @Test
    void importAnalysesARationaleWithoutStatementsAndShowJsonListsThemWithDraftedRows()
            throws Exception {
        Path file = dir.resolve("rationale-only.json");
        try (InputStream in =
                getClass().getResourceAsStream("/org/overturn/core/rationale-only.json")) {
            Files.write(file, in.readAllBytes());
        }
        Result imported = inData("case", "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        long id = Long.parseLong(imported.outLines().get(imported.outLines().size() - 1));

        JsonNode shown =
                STRICT.readTree(inData("case", "show", String.valueOf(id), "--json").out());

        JsonNode statements = shown.at("/case/statements");
        assertThat(statements.size()).isEqualTo(4);
        assertThat(statements.get(1).at("/statement/text").asText())
                .isEqualTo(
                        "There is no documentation of withdrawal symptoms requiring monitoring.");
        assertThat(statements.get(1).get("patternIds").toString()).contains("no-documentation");
        assertThat(statements.get(1).get("confirmed").asBoolean()).isFalse();
        JsonNode rows = shown.at("/case/rebuttal");
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.get(0).get("statementId").asText()).isEqualTo("s2");
        assertThat(rows.get(0).get("suggestion").asText()).contains("CIWA-Ar 12");
    }

    static Stream<String> awkwardText() {
        return CaseFixtures.AWKWARD_TEXT.stream();
    }

    @ParameterizedTest
    @MethodSource("awkwardText")
    void unicodeQuotesAndSqlRoundTripThroughImportAndShow(String text) throws Exception {
        CaseFile c = CaseFixtures.fullCase(text);
        Path file =
                Files.writeString(
                        dir.resolve("awkward.json"),
                        new CaseJson().export(c, Optional.of(CaseFixtures.payer(text))),
                        StandardCharsets.UTF_8);

        Result imported = inData("case", "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        long id = Long.parseLong(imported.outLines().get(imported.outLines().size() - 1));
        Result shown = inData("case", "show", String.valueOf(id), "--json");

        var back = new CaseJson().read(shown.out());
        // The rationale had no statements, so the import analysed it; everything else comes back as
        // it went in.
        assertThat(back.caseFile().statements()).isNotEmpty();
        assertThat(back.caseFile().withStatements(c.statements()).withRebuttal(c.rebuttal()))
                .isEqualTo(c);
        assertThat(back.payer().map(Payer::name)).contains(text);
        assertThat(inData("case", "list").out()).contains(text);
    }

    // ---- bad input: exit 2, one line, nothing written
    // -----------------------------------------------------

    static Stream<Arguments> badImports() {
        return Stream.of(
                Arguments.of(
                        "malformed",
                        "{ \"format\": \"overturn-case\", ",
                        new String[] {"malformed JSON"}),
                Arguments.of("unknown-version", null, new String[] {"unknown formatVersion 9"}),
                Arguments.of(
                        "missing-name",
                        null,
                        new String[] {"case.patient", "patient name is required"}),
                Arguments.of(
                        "future-birth",
                        null,
                        new String[] {"case.patient.dateOfBirth", "is in the future"}),
                Arguments.of(
                        "future-received",
                        null,
                        new String[] {"case.denials[0].receivedAt", "in the future"}),
                Arguments.of(
                        "bad-date",
                        null,
                        new String[] {"case.denials[0].noticeDate", "2026-02-30"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badImports")
    void aBadCaseFileExitsTwoWithOneLineAndNothingStored(
            String what, String text, String[] fragments) throws Exception {
        Path file =
                switch (what) {
                    case "malformed" -> Files.writeString(dir.resolve("malformed.json"), text);
                    case "unknown-version" -> edited("v9.json", r -> r.put("formatVersion", 9));
                    case "missing-name" ->
                            edited(
                                    "noname.json",
                                    r ->
                                            ((ObjectNode) r.get("case").get("patient"))
                                                    .remove("name"));
                    case "future-birth" ->
                            edited(
                                    "future.json",
                                    r ->
                                            ((ObjectNode) r.get("case").get("patient"))
                                                    .put("dateOfBirth", "2099-01-01"));
                    case "future-received" ->
                            edited(
                                    "received.json",
                                    r ->
                                            ((ObjectNode) r.get("case").get("denials").get(0))
                                                    .put("receivedAt", "2099-01-01T10:00:00"));
                    case "bad-date" ->
                            edited(
                                    "baddate.json",
                                    r ->
                                            ((ObjectNode) r.get("case").get("denials").get(0))
                                                    .put("noticeDate", "2026-02-30"));
                    default -> throw new IllegalArgumentException(what);
                };

        Result r = inData("case", "import", file.toString());

        assertOneLineErrorAndNothingStored(r, fragments);
        assertThat(r.err()).contains(file.getFileName().toString());
        assertThat(data)
                .as("a refused file writes nothing, not even a new database or backup")
                .doesNotExist();
    }

    @Test
    void aMissingFileExitsTwo() throws Exception {
        Path missing = dir.resolve("nope.json");

        assertOneLineErrorAndNothingStored(
                inData("case", "import", missing.toString()), "nope.json", "no such file");
    }

    @Test
    void aFileThatIsNotUtf8ExitsTwo() throws Exception {
        String text = Files.readString(sampleFile(MH)).replace("Tomás", "José");
        Path latin1 =
                Files.write(dir.resolve("latin1.json"), text.getBytes(StandardCharsets.ISO_8859_1));

        assertOneLineErrorAndNothingStored(
                inData("case", "import", latin1.toString()), "not UTF-8");
    }

    @Test
    void aBadFileAfterGoodOnesLeavesTheStoredCasesAsTheyWere() throws Exception {
        importSample(MH);
        Path bad = edited("bad.json", r -> r.put("formatVersion", 0));

        Result r = inData("case", "import", bad.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(core().cases().count()).isEqualTo(1);
        assertThat(core().payers().all()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999", "abc", "0", "-4", "1.5"})
    void showOfAnIdThatIsNoCaseExitsTwo(String id) throws Exception {
        Result r = inData("case", "show", id);

        assertOneLineErrorAndNothingStored(r);
        assertThat(r.err()).contains(id.equals("999") ? "no case with id 999" : "is not a case id");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "frobnicate",
                "case frobnicate",
                "case",
                "case show",
                "case list --yaml",
                ""
            })
    void badUsageExitsTwoWithOneLine(String args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(args.isEmpty() ? List.of() : List.of(args.split(" ")));

        assertOneLineErrorAndNothingStored(run(all.toArray(String[]::new)), "(try --help)");
    }

    @Test
    void aDataDirThatIsAFileExitsTwoWithAClearLine() throws Exception {
        Path file = Files.writeString(dir.resolve("i-am-a-file"), "keep me");

        Result r = run("--data-dir", file.toString(), "case", "list");

        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines())
                .singleElement()
                .satisfies(
                        line ->
                                assertThat(line)
                                        .contains(
                                                file.toString(),
                                                "is a file, not a folder",
                                                "--data-dir"));
        assertThat(r.out()).isEmpty();
        assertThat(file).hasContent("keep me");
    }

    @Test
    void aDamagedDatabaseExitsTwoAndIsNotTouched() throws Exception {
        Files.createDirectories(data);
        Path db =
                Files.write(
                        data.resolve("overturn.db"),
                        "not a database at all".getBytes(StandardCharsets.UTF_8));

        Result r = inData("case", "list");

        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("damaged"));
        assertThat(db).hasContent("not a database at all");
    }
}

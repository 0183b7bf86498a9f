package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.export.pdf.PdfAssert;

/** {@code report payers}: the figures by payer in four formats, no patient named in any. */
class ReportCommandTest {

    private static final List<String> SAMPLES =
            List.of(
                    "mh-iop-concurrent-erisa.json",
                    "sud-iop-preservice-medicaid.json",
                    "mh-iop-concurrent-medicaid-ffs.json");

    @TempDir Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    private void importSamples() throws Exception {
        for (String name : SAMPLES) {
            String json;
            try (InputStream in = getClass().getResourceAsStream("/org/overturn/samples/" + name)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path f = dir.resolve(name);
            Files.writeString(f, json);
            CliRun.Result r = CliRun.run("--data-dir", data(), "case", "import", f.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
    }

    /** Every patient and representative named in the samples, and their member ids. */
    private List<String> people() throws Exception {
        List<String> out = new java.util.ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String name : SAMPLES) {
            try (InputStream in = getClass().getResourceAsStream("/org/overturn/samples/" + name)) {
                JsonNode c = m.readTree(in).get("case");
                out.add(c.get("patient").get("name").asText());
                out.add(c.get("patient").get("memberId").asText());
                if (c.has("representative")) {
                    out.add(c.get("representative").get("name").asText());
                }
            }
        }
        return out;
    }

    @Test
    void theFiguresComeInTextJsonAndCsvAndNameNoPatient() throws Exception {
        importSamples();

        CliRun.Result text = CliRun.run("--data-dir", data(), "report", "payers");
        CliRun.Result json = CliRun.run("--data-dir", data(), "report", "payers", "--json");
        CliRun.Result csv = CliRun.run("--data-dir", data(), "report", "payers", "--csv");

        for (CliRun.Result r : List.of(text, json, csv)) {
            assertThat(r.code()).as(r.err()).isZero();
            for (String person : people()) {
                assertThat(r.out()).doesNotContain(person);
            }
        }
        assertThat(text.out()).contains("Cascade Mutual Health (sample)");
        JsonNode payers = new ObjectMapper().readTree(json.out()).get("payers");
        assertThat(payers).hasSize(3);
        for (JsonNode p : payers) {
            assertThat(p.get("cases").asInt()).isEqualTo(1);
            assertThat(p.get("byResolution").get("open").asInt()).isEqualTo(1);
        }
        List<String> lines = csv.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("payer,behavioral health manager,cases,denials");
        assertThat(csv.out())
                .as("a name with a comma is quoted")
                .contains("\"State Medicaid Agency, Bureau of Hearings and Appeals (sample)\"");
    }

    @Test
    void anEmptyPeriodSaysSoAndBadInputIsRefusedInOneLine() throws Exception {
        importSamples();

        CliRun.Result none =
                CliRun.run(
                        "--data-dir",
                        data(),
                        "report",
                        "payers",
                        "--from",
                        "2020-01-01",
                        "--to",
                        "2020-12-31");
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("No denials in this period.");

        for (String[] bad :
                new String[][] {
                    {"--from", "2026-13-01"},
                    {"--from", "2026-12-01", "--to", "2026-11-01"},
                    {"--level", "inpatient"},
                    {"--json", "--csv"}
                }) {
            String[] args = new String[4 + bad.length];
            args[0] = "--data-dir";
            args[1] = data();
            args[2] = "report";
            args[3] = "payers";
            System.arraycopy(bad, 0, args, 4, bad.length);
            CliRun.Result r = CliRun.run(args);
            assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
    }

    @Test
    void thePdfIsOnePageNamesNoPatientAndGoesInTheActivityLog() throws Exception {
        importSamples();
        Path pdf = dir.resolve("payers.pdf");

        CliRun.Result r =
                CliRun.run("--data-dir", data(), "report", "payers", "--pdf", pdf.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("Wrote " + pdf);
        List<String> pages = PdfAssert.pageTexts(Files.readAllBytes(pdf));
        assertThat(pages).hasSize(1);
        String text = pages.get(0).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("IOP denials by payer")
                .contains("All dates")
                .contains("Cascade Mutual Health (sample)")
                .contains("State Medicaid Agency, Bureau of Hearings and Appeals (sample)")
                .contains("Total 3 3");
        for (String person : people()) {
            assertThat(text).doesNotContain(person);
        }
        CliRun.Result log = CliRun.run("--data-dir", data(), "activity");
        assertThat(log.out()).contains("Denials by payer report exported");
    }

    @Test
    void aPdfThatCanNotBeWrittenIsRefusedInOneLineAndLeavesNothing() throws Exception {
        importSamples();
        Path missing = dir.resolve("no-such-folder").resolve("payers.pdf");

        CliRun.Result r =
                CliRun.run("--data-dir", data(), "report", "payers", "--pdf", missing.toString());
        CliRun.Result both =
                CliRun.run(
                        "--data-dir",
                        data(),
                        "report",
                        "payers",
                        "--csv",
                        "--pdf",
                        dir.resolve("x.pdf").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write");
        assertThat(missing.getParent()).doesNotExist();
        assertThat(both.code()).isEqualTo(2);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}

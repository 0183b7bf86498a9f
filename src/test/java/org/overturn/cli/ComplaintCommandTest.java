package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export complaint}: the addressee by rule, the refusals in one line, the audit trail. */
class ComplaintCommandTest {

    @TempDir Path dir;

    record Result(int code, String out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OverturnCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private String importSample(String name) throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/org/overturn/samples/" + name)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        Result r = run("--data-dir", data(), "case", "import", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        return lines.get(lines.size() - 1).strip();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void aParityComplaintGoesToEbsaForAnErisaPlanAndIsAuditedAndOnTheTimeline() throws Exception {
        String id = importSample("mh-iop-erisa-external-review.json");
        Path out = dir.resolve("parity.pdf");

        Result r =
                run(
                        "--data-dir",
                        data(),
                        "export",
                        "complaint",
                        id,
                        "--kind",
                        "parity",
                        "--out",
                        out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + out).contains("Note: EBSA takes complaints");
        String text = text(out);
        assertThat(text)
                .contains("Employee Benefits Security Administration")
                .contains("Daniela Reyes-Whitford")
                .doesNotContain("EBSA takes complaints");
        Result activity = run("--data-dir", data(), "activity");
        assertThat(activity.out()).contains("Complaint or letter to the employer exported");
        Result show = run("--data-dir", data(), "case", "show", id);
        assertThat(show.out()).contains("Complaint letter exported");
    }

    @Test
    void theEmployerLetterWithoutThePatientsWordNamesNobodyAnywhereInTheFile() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json");
        Path out = dir.resolve("employer.pdf");
        Result r =
                run(
                        "--data-dir",
                        data(),
                        "export",
                        "complaint",
                        id,
                        "--kind",
                        "employer",
                        "--out",
                        out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = text(out);
        assertThat(text).contains("Harbor Logistics, Inc. (sample)");
        for (String s : List.of("Daniela", "Reyes-Whitford", "CMH-448120377", "AUTH-77310452")) {
            assertThat(text).doesNotContain(s);
        }
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(String.valueOf(d.getDocumentInformation().getTitle()))
                    .doesNotContain("Daniela");
        }
    }

    @Test
    void aRefusedComplaintWritesNothingAndSaysWhyInOneLine() throws Exception {
        String id = importSample("mh-iop-concurrent-medicaid-ffs.json");
        Path out = dir.resolve("none.pdf");
        Result r =
                run(
                        "--data-dir",
                        data(),
                        "export",
                        "complaint",
                        id,
                        "--kind",
                        "parity",
                        "--out",
                        out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("fee-for-service Medicaid");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOfficeThatDoesNotTakeItIsRefusedNamingTheOnesThatDo() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json");
        Path out = dir.resolve("cms.pdf");
        Result r =
                run(
                        "--data-dir",
                        data(),
                        "export",
                        "complaint",
                        id,
                        "--kind",
                        "parity",
                        "--to",
                        "cms",
                        "--out",
                        out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cms does not take this").contains("ebsa");
        assertThat(out).doesNotExist();

        Result bad =
                run(
                        "--data-dir",
                        data(),
                        "export",
                        "complaint",
                        id,
                        "--kind",
                        "grievance",
                        "--out",
                        out.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--kind must be parity, state-law or employer");
    }
}

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
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir Path dir;

    record Result(int code, String out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OverturnCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private String importSample(String name, String edit) throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/org/overturn/samples/" + name)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (edit != null) {
            json = json.replaceAll("(?s)\"consents\": \\[.*?\\],", "\"consents\": [],");
        }
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        Result r =
                run("--data-dir", dir.resolve("data").toString(), "case", "import", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** The sample without its signer (and so without the sender's phone and fax on the cover). */
    private String importUnsigned() throws Exception {
        String json;
        try (InputStream in =
                getClass()
                        .getResourceAsStream(
                                "/org/overturn/samples/mh-iop-concurrent-erisa.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        json = json.replaceAll("(?s),\\s*\"signer\": \\{[^}]*\\}", "");
        assertThat(json).doesNotContain("\"signer\"");
        Path f = dir.resolve("unsigned.json");
        Files.writeString(f, json);
        Result r =
                run("--data-dir", dir.resolve("data").toString(), "case", "import", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    @Test
    void aPacketThatSomethingBlocksIsNotWrittenAndEachProblemIsOneLine() throws Exception {
        String id = importUnsigned();
        Path out = dir.resolve("packet.pdf");

        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "packet",
                        id,
                        "--out",
                        out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(r.err().strip().split("\\R"))
                .containsExactly(
                        "overturn: no signer: choose who signs in Letters",
                        "overturn: no sender name, phone and fax on the fax cover: enter the practice's name, phone and fax "
                                + "in Settings → Practice profile");
    }

    @Test
    void checkListsBlockingProblemsAndWarningsAndExitsTwoOnlyWhenSomethingBlocks()
            throws Exception {
        String unsigned = importUnsigned();
        Result blocked =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "packet",
                        unsigned,
                        "--check");
        assertThat(blocked.code()).isEqualTo(2);
        assertThat(blocked.out()).contains("blocking: no signer: choose who signs in Letters");

        String ready = importSample("sud-iop-preservice-medicaid.json", null);
        Result ok =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "packet",
                        ready,
                        "--check");
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).doesNotContain("blocking:").contains("warning: Medicaid managed care");
        assertThat(dir.resolve("data")).isDirectory();
    }

    @Test
    void exportPacketNeedsOutOrCheck() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json", null);
        Result r = run("--data-dir", dir.resolve("data").toString(), "export", "packet", id);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out FILE.pdf or --check");
    }

    @Test
    void exportsThePacketAndSaysWhereWithItsPageCount() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json", null);
        Path out = dir.resolve("packet.pdf");

        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "packet",
                        id,
                        "--out",
                        out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(r.out()).contains("Wrote " + out + " (" + d.getNumberOfPages() + " pages)");
        }
    }

    @Test
    void anOutThatIsALinkExitsTwoWithOneLineAndWhatItPointsToIsUntouched() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json", null);
        Path real = Files.writeString(dir.resolve("elsewhere.txt"), "not a packet");
        Path link = Files.createSymbolicLink(dir.resolve("packet.pdf"), real);

        for (String kind : new String[] {"packet", "p2p"}) {
            Result r =
                    run(
                            "--data-dir",
                            dir.resolve("data").toString(),
                            "export",
                            kind,
                            id,
                            "--out",
                            link.toString());

            assertThat(r.code()).as(kind).isEqualTo(2);
            assertThat(r.err().strip()).as(kind).contains("is a link").doesNotContain("\n");
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("not a packet");
    }

    @Test
    void anUnknownCaseIdExitsTwoWithOneLine() throws Exception {
        importSample("mh-iop-concurrent-erisa.json", null);

        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "packet",
                        "99",
                        "--out",
                        dir.resolve("x.pdf").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("overturn: no case with id 99");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aNonNumericIdExitsTwo() {
        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "packet",
                        "abc",
                        "--out",
                        dir.resolve("x.pdf").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'abc' is not a case id");
    }

    @Test
    void aSubstanceUseCaseWithoutConsentExitsTwoSayingWhatIsMissing() throws Exception {
        String id = importSample("sud-iop-preservice-medicaid.json", "without consent");
        Path out = dir.resolve("sud.pdf");

        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "packet",
                        id,
                        "--out",
                        out.toString());

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("42 CFR Part 2").contains("no patient consent");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritablePathExitsTwoBeforeTouchingTheDataFolder() {
        Path data = dir.resolve("data");

        Result r =
                run(
                        "--data-dir",
                        data.toString(),
                        "export",
                        "packet",
                        "1",
                        "--out",
                        dir.resolve("missing/dir/p.pdf").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("does not exist");
        assertThat(data).doesNotExist();
    }

    @Test
    void missingOutIsBadUsage() {
        Result r = run("--data-dir", dir.resolve("data").toString(), "export", "packet", "1");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out");
    }

    @Test
    void eachExportFromTheCommandLineIsAnEventOnTheCasesTimeline() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json", null);
        String data = dir.resolve("data").toString();
        assertThat(
                        run(
                                        "--data-dir",
                                        data,
                                        "export",
                                        "p2p",
                                        id,
                                        "--out",
                                        dir.resolve("a.pdf").toString())
                                .code())
                .isZero();
        assertThat(
                        run(
                                        "--data-dir",
                                        data,
                                        "export",
                                        "packet",
                                        id,
                                        "--out",
                                        dir.resolve("b.pdf").toString())
                                .code())
                .isZero();
        assertThat(
                        run(
                                        "--data-dir",
                                        data,
                                        "export",
                                        "packet",
                                        id,
                                        "--out",
                                        dir.resolve("c.pdf").toString())
                                .code())
                .isZero();
        String json = run("--data-dir", data, "case", "show", id, "--json").out();
        assertThat(json.split("\"kind\" ?: ?\"export\"", -1)).hasSize(4);
        assertThat(json)
                .contains("Peer-to-peer prep sheet exported (1 page)")
                .containsPattern("Appeal packet exported \\(\\d+ pages\\)");
    }

    // ---- export p2p
    // ----------------------------------------------------------------------------------------------

    @Test
    void exportsThePrepSheetOnOnePage() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json", null);
        Path out = dir.resolve("p2p.pdf");

        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "p2p",
                        id,
                        "--out",
                        out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + out + " (1 page)");
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(d))
                    .contains("Continue 15 days of IOP")
                    .contains("Page 1 of 1");
        }
    }

    @Test
    void theSheetOfAnUnknownCaseExitsTwoWithOneLine() throws Exception {
        importSample("mh-iop-concurrent-erisa.json", null);

        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "p2p",
                        "99",
                        "--out",
                        dir.resolve("x.pdf").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("overturn: no case with id 99");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void theSheetOfASubstanceUseCaseWithoutConsentExitsTwoSayingWhatIsMissing() throws Exception {
        String id = importSample("sud-iop-preservice-medicaid.json", "without consent");
        Path out = dir.resolve("sud-p2p.pdf");

        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "p2p",
                        id,
                        "--out",
                        out.toString());

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("42 CFR Part 2").contains("no patient consent");
        assertThat(out).doesNotExist();
    }

    @Test
    void theSheetOfASubstanceUseCaseWithConsentCarriesTheNotice() throws Exception {
        String id = importSample("sud-iop-preservice-medicaid.json", null);
        Path out = dir.resolve("sud-p2p.pdf");

        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "p2p",
                        id,
                        "--out",
                        out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(d))
                    .contains(
                            "42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
        }
    }

    @Test
    void anUnwritableSheetPathExitsTwoBeforeTouchingTheDataFolder() {
        Path data = dir.resolve("data");

        Result r =
                run(
                        "--data-dir",
                        data.toString(),
                        "export",
                        "p2p",
                        "1",
                        "--out",
                        dir.resolve("missing/dir/p.pdf").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("does not exist");
        assertThat(data).doesNotExist();
    }

    @Test
    void exportWithoutWhatToExportNamesEachKind() {
        Result r = run("--data-dir", dir.resolve("data").toString(), "export");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("packet, p2p, complaint or bundle");
    }

    /**
     * Issue 13, item 9: a packet or sheet protected for email or a portal opens with its password
     * alone.
     */
    @Test
    void aPacketOrSheetExportedWithAPasswordFileOpensOnlyWithThatPassword() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json", null);
        Path password = Files.writeString(dir.resolve("password.txt"), "Blue-Heron-44\n");

        for (String kind : new String[] {"packet", "p2p"}) {
            Path out = dir.resolve(kind + ".pdf");
            Result r =
                    run(
                            "--data-dir",
                            dir.resolve("data").toString(),
                            "export",
                            kind,
                            id,
                            "--out",
                            out.toString(),
                            "--password-file",
                            password.toString());

            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out())
                    .as(kind)
                    .contains("Wrote " + out)
                    .contains("protected with the password");
            Assertions.assertThatThrownBy(() -> Loader.loadPDF(out.toFile()).close())
                    .as(kind)
                    .isInstanceOf(InvalidPasswordException.class);
            try (PDDocument d = Loader.loadPDF(out.toFile(), "Blue-Heron-44")) {
                assertThat(d.getEncryption().getLength()).as(kind).isEqualTo(256);
                assertThat(new PDFTextStripper().getText(d)).as(kind).contains("IOP");
            }
        }
    }

    @Test
    void aPasswordFileThatIsEmptyOrTooShortIsRefusedBeforeAnythingIsWritten() throws Exception {
        String id = importSample("mh-iop-concurrent-erisa.json", null);
        Path out = dir.resolve("packet.pdf");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path shortOne = Files.writeString(dir.resolve("short.txt"), "abc\n");

        Result r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "packet",
                        id,
                        "--out",
                        out.toString(),
                        "--password-file",
                        empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .contains("is empty: its first line is the password")
                .doesNotContain("\n");

        r =
                run(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "export",
                        "p2p",
                        id,
                        "--out",
                        out.toString(),
                        "--password-file",
                        shortOne.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("at least 8 characters").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }
}

package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.core.SampleCases;

/** {@code case export} to a bundle and {@code case import} of it: whole, sealed, or refused. */
class CaseBundleCommandTest {

    @TempDir Path dir;

    record Result(int code, String out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OverturnCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private String imported(String data) throws Exception {
        Path f = dir.resolve("sample.json");
        Files.writeString(f, SampleCases.text(SampleCases.ALL.get(3)));
        Result r = run("--data-dir", data, "case", "import", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        return lines.get(lines.size() - 1).strip();
    }

    @Test
    void aBundleMovesACaseToAnotherDataFolderAndIsAuditedWhereItLeft() throws Exception {
        String a = dir.resolve("a").toString();
        String b = dir.resolve("b").toString();
        String id = imported(a);
        Path bundle = dir.resolve("case.overturn");

        Result out = run("--data-dir", a, "case", "export", id, "--out", bundle.toString());
        assertThat(out.code()).as(out.err()).isZero();
        assertThat(out.out()).contains("Wrote " + bundle + " (the case with 0 documents)");
        assertThat(run("--data-dir", a, "activity").out()).contains("Case exported");

        Result in = run("--data-dir", b, "case", "import", bundle.toString());
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).contains("Imported case for Daniela Reyes-Whitford with 0 documents");
        Result again = run("--data-dir", b, "case", "import", bundle.toString());
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("was already imported as case 1");
        assertThat(run("--data-dir", a, "case", "show", id, "--json").out())
                .isEqualTo(run("--data-dir", b, "case", "show", "1", "--json").out());
    }

    @Test
    void aSealedBundleNeedsItsPasswordAndAWrongOneChangesNothing() throws Exception {
        String a = dir.resolve("a").toString();
        String b = dir.resolve("b").toString();
        String id = imported(a);
        Path bundle = dir.resolve("case.overturn");
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "correct horse battery\n", StandardCharsets.UTF_8);
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "not the password\n", StandardCharsets.UTF_8);

        Result out =
                run(
                        "--data-dir",
                        a,
                        "case",
                        "export",
                        id,
                        "--out",
                        bundle.toString(),
                        "--password-file",
                        pw.toString());
        assertThat(out.code()).as(out.err()).isZero();
        assertThat(out.out()).contains("protected with the password");

        Result none = run("--data-dir", b, "case", "import", bundle.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err().strip().lines()).hasSize(1);
        assertThat(none.err()).contains("protected with a password");
        Result bad =
                run(
                        "--data-dir",
                        b,
                        "case",
                        "import",
                        bundle.toString(),
                        "--password-file",
                        wrong.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err()).contains("wrong password or damaged case bundle");
        assertThat(Files.exists(dir.resolve("b").resolve("overturn.db")))
                .as("a refused bundle opens no data folder")
                .isFalse();

        Result ok =
                run(
                        "--data-dir",
                        b,
                        "case",
                        "import",
                        bundle.toString(),
                        "--password-file",
                        pw.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
    }

    @Test
    void aJsonCaseFileCannotBeSealedAndAShortPasswordIsRefused() throws Exception {
        String a = dir.resolve("a").toString();
        String id = imported(a);
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "short\n", StandardCharsets.UTF_8);
        Result json =
                run(
                        "--data-dir",
                        a,
                        "case",
                        "export",
                        id,
                        "--out",
                        dir.resolve("c.json").toString(),
                        "--password-file",
                        pw.toString());
        assertThat(json.code()).isEqualTo(2);
        assertThat(json.err()).contains("can't be protected with a password");
        Result shortPw =
                run(
                        "--data-dir",
                        a,
                        "case",
                        "export",
                        id,
                        "--out",
                        dir.resolve("c.overturn").toString(),
                        "--password-file",
                        pw.toString());
        assertThat(shortPw.code()).isEqualTo(2);
        assertThat(dir.resolve("c.overturn")).doesNotExist();
        Result plain =
                run(
                        "--data-dir",
                        a,
                        "case",
                        "export",
                        id,
                        "--out",
                        dir.resolve("c.json").toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(Files.readString(dir.resolve("c.json")))
                .contains("\"format\" : \"overturn-case\"");
    }
}

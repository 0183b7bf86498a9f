package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.overturn.cli.CliRun.run;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.cli.CliRun.Result;

/**
 * Issue 13, item 13: an import reads only a regular file of sane size, and says so in one line
 * otherwise.
 */
@Timeout(60)
class HostileInputFileTest {

    @TempDir Path dir;

    private Result importing(Path file) {
        return run("--data-dir", dir.resolve("data").toString(), "case", "import", file.toString());
    }

    private static void refusedInOneLine(Result r, String words) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(words);
    }

    @Test
    void anEndlessDeviceIsRefusedAtOnce() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        refusedInOneLine(importing(Path.of("/dev/zero")), "not a regular file");
    }

    @Test
    void aPipeIsRefusedRatherThanWaitedOnForever() throws Exception {
        assumeTrue(Files.exists(Path.of("/usr/bin/mkfifo")));
        Path fifo = dir.resolve("case.json");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        refusedInOneLine(importing(fifo), "not a regular file");
    }

    @Test
    void aFolderIsRefused() {
        refusedInOneLine(importing(dir), "not a regular file");
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(51L * 1024 * 1024);
        }
        refusedInOneLine(importing(big), "50 MB");
    }

    @Test
    void aFileSavedWithAByteOrderMarkImports() throws Exception {
        byte[] json;
        try (InputStream in =
                getClass()
                        .getResourceAsStream(
                                "/org/overturn/samples/mh-iop-concurrent-erisa.json")) {
            json = in.readAllBytes();
        }
        Path f = dir.resolve("bom.json");
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(f, withBom);

        Result r = importing(f);

        assertThat(r.code()).as(r.err()).isZero();
    }
}

package org.overturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.domain.store.DocumentStore;
import org.overturn.persistence.MutableClock;

/**
 * Issue 18, part 1: a case travels whole in one file, byte for byte, sealed or not; a damaged,
 * incomplete or padded bundle, or a wrong password, changes nothing.
 */
class CaseBundlesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 0);
    private static final byte[] LETTER =
            "%PDF-1.4 the denial letter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SENT =
            "%PDF-1.4 the appeal as sent\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir Path dir;
    private CoreServices from;
    private CoreServices to;

    @BeforeEach
    void open() throws Exception {
        from =
                CoreServices.open(
                        new AppPaths(dir.resolve("a")), MutableClock.at("2026-12-04T10:00:00Z"));
        to =
                CoreServices.open(
                        new AppPaths(dir.resolve("b")), MutableClock.at("2026-12-04T10:00:00Z"));
    }

    @AfterEach
    void close() {
        from.close();
        to.close();
    }

    /** The ERISA sample with a denial letter enclosed and the appeal it sent frozen. */
    private CaseFile caseWithDocuments() throws Exception {
        CaseFile c =
                from.importer()
                        .importCase(
                                InputFiles.checkCase(
                                        SampleCases.text(SampleCases.ALL.get(0)), "sample", NOW));
        long id = c.id().orElseThrow();
        String letterSha =
                from.documents()
                        .put(id, "enc-1", DocumentStore.Role.ENCLOSURE, "denial.pdf", LETTER);
        String sentSha =
                from.documents().put(id, "sent-1", DocumentStore.Role.SUBMISSION, "sent.pdf", SENT);
        Enclosure e =
                new Enclosure(
                        "enc-1",
                        "Denial letter",
                        "denial.pdf",
                        0,
                        false,
                        letterSha,
                        LETTER.length,
                        Optional.of(1));
        Submission s =
                new Submission(
                        "sub-1",
                        LocalDate.of(2026, 11, 18),
                        Optional.empty(),
                        SubmissionMethod.FAX,
                        "(916) 555-0148",
                        "OK 0042",
                        ReviewLevel.INTERNAL_APPEAL,
                        "sent-1",
                        sentSha,
                        1);
        CaseFile withDocs =
                c.withPacket(c.packet().withEnclosures(List.of(e)).withSubmissions(List.of(s)));
        from.cases().update(withDocs);
        return from.cases().find(id).orElseThrow();
    }

    private Path export(CaseFile c, Optional<String> password) throws Exception {
        Path out = dir.resolve("case.overturn");
        Files.deleteIfExists(out);
        new CaseBundles(from)
                .export(c, c.plan().payerId().flatMap(id -> from.payers().find(id)), out, password);
        return out;
    }

    @Test
    void aCaseRoundTripsWithItsDocumentsByteForByte() throws Exception {
        CaseFile original = caseWithDocuments();
        Path file = export(original, Optional.empty());

        CaseBundles.Checked checked = CaseBundles.read(file, Optional.empty(), NOW);
        CaseFile imported = new CaseBundles(to).store(checked);

        assertThat(imported.withoutId()).isEqualTo(original.withoutId());
        assertThat(to.documents().get("enc-1")).contains(LETTER);
        assertThat(to.documents().get("sent-1")).contains(SENT);
        assertThat(to.documents().count(imported.id().orElseThrow())).isEqualTo(2);
    }

    @Test
    void aSealedBundleOpensOnlyWithItsPassword() throws Exception {
        CaseFile original = caseWithDocuments();
        Path file = export(original, Optional.of("correct horse battery"));
        byte[] raw = Files.readAllBytes(file);
        assertThat(CaseBundles.isSealed(raw)).isTrue();
        assertThat(new String(raw, StandardCharsets.ISO_8859_1))
                .doesNotContain("Reyes-Whitford")
                .doesNotContain("the denial letter");

        assertThatThrownBy(() -> CaseBundles.read(file, Optional.empty(), NOW))
                .isInstanceOf(CaseBundles.Refused.class)
                .hasMessageContaining("protected with a password");
        assertThatThrownBy(() -> CaseBundles.read(file, Optional.of("wrong horse"), NOW))
                .isInstanceOf(CaseBundles.Refused.class)
                .hasMessageContaining("wrong password or damaged case bundle");
        CaseFile imported =
                new CaseBundles(to)
                        .store(CaseBundles.read(file, Optional.of("correct horse battery"), NOW));
        assertThat(to.documents().get("enc-1")).contains(LETTER);
        assertThat(imported.patient()).isEqualTo(original.patient());
    }

    @Test
    void everyKindOfDamageIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = export(caseWithDocuments(), Optional.empty());
        List<byte[]> bad = new ArrayList<>();
        // A document's bytes changed (its name and the manifest still claim the old checksum).
        bad.add(rewrite(file, (name, b) -> name.startsWith("documents/") ? flip(b) : b, null));
        // The case file changed.
        bad.add(rewrite(file, (name, b) -> name.equals("case.json") ? flip(b) : b, null));
        // A document left out.
        bad.add(rewrite(file, (name, b) -> name.startsWith("documents/") ? null : b, null));
        // An entry the manifest does not list, and one that escapes the folder.
        bad.add(rewrite(file, (name, b) -> b, "documents/" + "0".repeat(64)));
        bad.add(rewrite(file, (name, b) -> b, "../evil.sh"));
        // Cut short.
        byte[] whole = Files.readAllBytes(file);
        bad.add(java.util.Arrays.copyOf(whole, whole.length / 2));
        int n = 0;
        for (byte[] b : bad) {
            Path f = dir.resolve("bad-" + n++ + ".overturn");
            Files.write(f, b);
            assertThatThrownBy(() -> CaseBundles.read(f, Optional.empty(), NOW))
                    .as("bundle %d", n)
                    .isInstanceOf(CaseBundles.Refused.class)
                    .satisfies(t -> assertThat(t.getMessage()).doesNotContain("\n"));
        }
        assertThat(to.cases().count()).isZero();
    }

    @Test
    void importingTheSameBundleTwiceKeepsTheFirstCasesDocuments() throws Exception {
        Path file = export(caseWithDocuments(), Optional.empty());
        CaseFile first = new CaseBundles(to).store(CaseBundles.read(file, Optional.empty(), NOW));
        CaseFile second = new CaseBundles(to).store(CaseBundles.read(file, Optional.empty(), NOW));

        String firstId = first.packet().enclosures().get(0).id();
        String secondId = second.packet().enclosures().get(0).id();
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(second.packet().submissions().get(0).frozenCopyId()).isNotEqualTo("sent-1");
        assertThat(to.documents().get(firstId)).contains(LETTER);
        assertThat(to.documents().get(secondId)).contains(LETTER);
        assertThat(to.documents().count(first.id().orElseThrow())).isEqualTo(2);
        assertThat(to.documents().count(second.id().orElseThrow())).isEqualTo(2);
    }

    interface Edit {
        byte[] apply(String name, byte[] bytes);
    }

    /** The bundle's entries rewritten by the edit (null drops one), plus an extra entry. */
    private static byte[] rewrite(Path file, Edit edit, String extra) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in =
                        new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] b = edit.apply(e.getName(), in.readAllBytes());
                if (b != null) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(b);
                    z.closeEntry();
                }
            }
            if (extra != null) {
                z.putNextEntry(new ZipEntry(extra));
                z.write("x".getBytes(StandardCharsets.US_ASCII));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] flip(byte[] b) {
        byte[] c = b.clone();
        c[c.length / 2] ^= 0x20;
        return c;
    }
}

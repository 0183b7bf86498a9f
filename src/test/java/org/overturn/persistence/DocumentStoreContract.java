package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.security.Checksums;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.DocumentStore;
import org.overturn.domain.store.DocumentStore.Role;

/**
 * What every {@link DocumentStore} does, whatever keeps the documents (ADR 0019): each subclass
 * supplies a document store and a case store over the same fresh, empty storage.
 */
abstract class DocumentStoreContract {

    protected final MutableClock clock = MutableClock.at("2026-11-26T10:00:00Z");

    protected DocumentStore documents;
    protected CaseStore cases;

    /** Sets {@link #documents} and {@link #cases} over fresh, empty storage. */
    protected abstract void open() throws Exception;

    /** Another document store over the same storage, so nothing can come from memory. */
    protected abstract DocumentStore reopened() throws Exception;

    /** Changes the stored bytes of a document behind the store's back, as damage on disk would. */
    protected abstract void damage(String id) throws Exception;

    private long caseId;

    @BeforeEach
    void openStores() throws Exception {
        open();
        caseId = newCase("A B");
    }

    private long newCase(String patient) {
        return cases.create(CaseFile.newCase(Patient.named(patient))).id().orElseThrow();
    }

    /** Every byte value, then a megabyte of noise. */
    private static byte[] awkwardBytes() {
        byte[] b = new byte[256 + 1024 * 1024];
        for (int i = 0; i < 256; i++) {
            b[i] = (byte) i;
        }
        byte[] noise = new byte[1024 * 1024];
        new Random(18).nextBytes(noise);
        System.arraycopy(noise, 0, b, 256, noise.length);
        return b;
    }

    @Test
    void putThenGetReturnsTheSameBytesAndPutReturnsTheirChecksum() throws Exception {
        byte[] bytes = awkwardBytes();

        String sha = documents.put(caseId, "d1", Role.ENCLOSURE, "denial letter.pdf", bytes);

        assertThat(sha).isEqualTo(Checksums.sha256(bytes)).hasSize(64);
        assertThat(documents.get("d1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
        assertThat(reopened().get("d1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    }

    @Test
    void getOfAnUnknownIdIsEmpty() throws Exception {
        assertThat(documents.get("nope")).isEmpty();
    }

    @Test
    void putWithAnIdAlreadyStoredReplacesThatDocument() throws Exception {
        documents.put(caseId, "d1", Role.ENCLOSURE, "x.pdf", new byte[] {1, 2, 3});

        String sha = documents.put(caseId, "d1", Role.SUBMISSION, "y.pdf", new byte[] {4, 5});

        assertThat(sha).isEqualTo(Checksums.sha256(new byte[] {4, 5}));
        assertThat(documents.get("d1"))
                .hasValueSatisfying(b -> assertThat(b).containsExactly(4, 5));
        assertThat(documents.count(caseId)).isEqualTo(1);
    }

    @Test
    void existsSaysWhetherADocumentOfThatIdIsStoredForAnyCase() {
        long other = newCase("C D");
        documents.put(other, "d1", Role.ENCLOSURE, "x.pdf", new byte[] {1});

        assertThat(documents.exists("d1")).isTrue();
        assertThat(documents.exists("d2")).isFalse();
    }

    @Test
    void deleteRemovesOnlyThatDocument() throws Exception {
        documents.put(caseId, "d1", Role.ENCLOSURE, "x.pdf", new byte[] {1});
        documents.put(caseId, "d2", Role.ENCLOSURE, "y.pdf", new byte[] {2});

        assertThat(documents.delete("d1")).isTrue();
        assertThat(documents.delete("d1")).isFalse();

        assertThat(documents.exists("d1")).isFalse();
        assertThat(documents.get("d1")).isEmpty();
        assertThat(documents.get("d2")).hasValueSatisfying(b -> assertThat(b).containsExactly(2));
        assertThat(documents.count(caseId)).isEqualTo(1);
    }

    @Test
    void countCountsEachCasesOwnDocuments() {
        long other = newCase("C D");
        documents.put(caseId, "a1", Role.ENCLOSURE, "a1.pdf", new byte[] {1});
        documents.put(caseId, "a2", Role.SUBMISSION, "a2.pdf", new byte[] {2});
        documents.put(other, "b1", Role.ENCLOSURE, "b1.pdf", new byte[] {3});

        assertThat(documents.count(caseId)).isEqualTo(2);
        assertThat(documents.count(other)).isEqualTo(1);
        assertThat(documents.count(other + 1000)).isZero();
    }

    @Test
    void aDamagedCopyIsAnIoExceptionNamingTheFileNotItsBytes() throws Exception {
        documents.put(caseId, "d1", Role.SUBMISSION, "sent to payer.pdf", new byte[] {1, 2, 3});

        damage("d1");

        assertThatThrownBy(() -> documents.get("d1"))
                .isInstanceOf(IOException.class)
                .hasMessage(
                        "the stored copy of sent to payer.pdf is damaged (its checksum does not"
                                + " match)");
        assertThatThrownBy(() -> reopened().get("d1")).isInstanceOf(IOException.class);
    }

    @Test
    void documentsGoWithTheirCaseWhenItIsDeleted() {
        long other = newCase("C D");
        documents.put(caseId, "d1", Role.ENCLOSURE, "x.pdf", new byte[] {1});
        documents.put(caseId, "d2", Role.SUBMISSION, "y.pdf", new byte[] {2});
        documents.put(other, "d3", Role.ENCLOSURE, "z.pdf", new byte[] {3});

        assertThat(cases.delete(caseId)).isTrue();

        assertThat(documents.exists("d1")).isFalse();
        assertThat(documents.exists("d2")).isFalse();
        assertThat(documents.count(caseId)).isZero();
        assertThat(documents.exists("d3")).isTrue();
    }

    @Test
    void aDocumentForACaseNotStoredIsRefused() {
        assertThatThrownBy(
                        () ->
                                documents.put(
                                        caseId + 1000,
                                        "d1",
                                        Role.ENCLOSURE,
                                        "x.pdf",
                                        new byte[] {1}))
                .isInstanceOf(DatabaseException.class);

        assertThat(documents.exists("d1")).isFalse();
    }
}

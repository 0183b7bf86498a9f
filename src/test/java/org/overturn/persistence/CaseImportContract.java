package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.security.Checksums;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.DocumentStore;
import org.overturn.domain.store.DocumentStore.Document;
import org.overturn.domain.store.DocumentStore.Role;
import org.overturn.domain.store.PayerStore;
import org.overturn.persistence.json.CaseFormatException;
import org.overturn.persistence.json.CaseJson;

/**
 * What importing through the {@link CaseStore} port does, whatever keeps the cases (ADR 0019): a
 * case with its payer, its documents and the SHA-256 of its file lands whole or not at all. Each
 * subclass supplies the three stores over the same fresh, empty storage, as a person who may add
 * payers.
 */
abstract class CaseImportContract {

    protected final MutableClock clock = MutableClock.at("2026-11-15T10:00:00Z");

    protected CaseStore cases;
    protected PayerStore payers;
    protected DocumentStore documents;

    /** Sets the three stores over fresh, empty storage. */
    protected abstract void open() throws Exception;

    @BeforeEach
    void openStores() throws Exception {
        open();
    }

    /** A shipped sample case, as the import reads it from its file. */
    protected static CaseFile sample(int i) {
        try {
            return new CaseJson().read(SampleCases.text(SampleCases.ALL.get(i))).caseFile();
        } catch (CaseFormatException e) {
            throw new IllegalStateException("shipped sample " + i + " does not read", e);
        }
    }

    protected static String sha(String text) {
        return Checksums.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    protected static final byte[] LETTER = {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF};
    protected static final byte[] SENT = {'%', 'P', 'D', 'F', 9, 8, 7};

    protected static List<Document> twoDocuments() {
        return List.of(
                new Document("enc-1", Role.ENCLOSURE, "denial.pdf", LETTER),
                new Document("sent-1", Role.SUBMISSION, "sent.pdf", SENT));
    }

    @Test
    void anImportWithDocumentsLandsWhole() throws Exception {
        String sha = sha("bundle one");
        CaseFile c = sample(0);

        CaseFile stored =
                cases.importWithDocuments(
                        c,
                        Optional.of(CaseFixtures.payer("Cascade Mutual")),
                        Optional.of(sha),
                        twoDocuments());

        long id = stored.id().orElseThrow();
        Payer added = payers.findByName("Cascade Mutual").orElseThrow();
        assertThat(added).isEqualTo(CaseFixtures.payer("Cascade Mutual").withId(added.id().get()));
        assertThat(stored).isEqualTo(c.withPlan(c.plan().withPayerId(added.id())).withId(id));
        assertThat(cases.find(id)).contains(stored);
        assertThat(documents.count(id)).isEqualTo(2);
        assertThat(documents.get("enc-1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(LETTER));
        assertThat(documents.get("sent-1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(SENT));
        assertThat(cases.importedFrom(sha)).contains(id);
        assertThat(cases.summaries().get(0).payerName()).isEqualTo("Cascade Mutual");
    }

    @Test
    void aFailurePartWayLeavesNothingStored() throws Exception {
        // The case, its new payer and its documents are written first; the source's record is
        // refused last (a SHA-256 is 64 characters), so all of it must go.
        assertThatThrownBy(
                        () ->
                                cases.importWithDocuments(
                                        sample(0),
                                        Optional.of(Payer.named("Brand New Health")),
                                        Optional.of("not a sha-256"),
                                        twoDocuments()))
                .isInstanceOf(DatabaseException.class);

        assertThat(cases.count()).isZero();
        assertThat(cases.summaries()).isEmpty();
        assertThat(payers.all()).isEmpty();
        assertThat(documents.exists("enc-1")).isFalse();
        assertThat(documents.exists("sent-1")).isFalse();
    }

    @Test
    void aSecondImportOfTheSameFileIsFoundByImportedFromAsTheFirst() {
        String sha = sha("the same file");
        Optional<Payer> payer = Optional.of(Payer.named("Lakeshore"));

        CaseFile first = cases.importCase(sample(1), payer, Optional.of(sha));
        assertThat(cases.importedFrom(sha)).contains(first.id().orElseThrow());

        CaseFile second = cases.importCase(sample(1), payer, Optional.of(sha));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(cases.importedFrom(sha)).contains(first.id().orElseThrow());
        assertThat(cases.count()).isEqualTo(2);
        assertThat(payers.all()).hasSize(1);
        assertThat(second.plan().payerId()).isEqualTo(first.plan().payerId());
    }

    @Test
    void anImportMatchesThePayerInTheDirectoryByNameAndKeepsTheDirectorysDetails() {
        Payer mine =
                payers.save(new Payer(Optional.empty(), "Lakeshore", "My address", "", "", "", ""));

        CaseFile stored =
                cases.importCase(
                        sample(2),
                        Optional.of(
                                new Payer(
                                        Optional.of(999L),
                                        "  LAKESHORE ",
                                        "Their address",
                                        "",
                                        "",
                                        "",
                                        "")),
                        Optional.empty());

        assertThat(stored.plan().payerId()).isEqualTo(mine.id());
        assertThat(payers.all()).containsExactly(mine);
    }

    @Test
    void anImportWithoutAPayerStoresNoneWhateverIdTheCaseCarried() {
        CaseFile c = sample(3);
        CaseFile stale = c.withPlan(c.plan().withPayerId(Optional.of(4242L)));

        CaseFile stored = cases.importCase(stale, Optional.empty(), Optional.empty());

        assertThat(stored.plan().payerId()).isEmpty();
        assertThat(cases.find(stored.id().orElseThrow())).contains(stored);
        assertThat(payers.all()).isEmpty();
    }

    @Test
    void anImportWithoutASourceRecordsNone() {
        CaseFile stored = cases.importCase(sample(4), Optional.empty(), Optional.empty());

        assertThat(cases.find(stored.id().orElseThrow())).contains(stored);
        assertThat(cases.importedFrom(sha("anything"))).isEmpty();
    }

    @Test
    void anImportGivesTheCaseANewIdWhateverIdItCarried() {
        CaseFile kept = cases.create(sample(0));

        CaseFile stored =
                cases.importCase(
                        sample(1).withId(kept.id().orElseThrow()),
                        Optional.empty(),
                        Optional.empty());

        assertThat(stored.id()).isNotEqualTo(kept.id());
        assertThat(cases.find(kept.id().orElseThrow())).contains(kept);
        assertThat(cases.count()).isEqualTo(2);
    }
}

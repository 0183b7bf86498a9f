package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.store.CaseStore;
import org.overturn.persistence.json.CaseFormatException;
import org.overturn.persistence.json.CaseJson;

/**
 * What every {@link CaseStore} does, whatever keeps the cases (ADR 0019, "the contract suite run on
 * both stores"): each subclass supplies a store over fresh, empty storage and these tests run
 * against it. The cases are the shipped samples, as read from their files.
 */
abstract class CaseStoreContract {

    /** The day after the first sample's denial was phoned, so its deadlines are still open. */
    protected final MutableClock clock = MutableClock.at("2026-11-15T10:00:00Z");

    protected CaseStore cases;

    /** A store over fresh, empty storage, using {@link #clock}. */
    protected abstract CaseStore open() throws Exception;

    /** Another store over the same storage, so nothing can come from the first one's memory. */
    protected abstract CaseStore reopened() throws Exception;

    /** Adds a payer to the storage's payer directory; its id. */
    protected abstract long addPayer(String name) throws Exception;

    /** Stores {@code c} as imported from a file with this SHA-256, the way the store records it. */
    protected abstract CaseFile createImported(CaseFile c, String sha256) throws Exception;

    /**
     * The time a save made now is stamped with, as the store's clock reads it: the app's clock for
     * the local store, the server's for the shared one.
     */
    protected abstract Instant stampNow() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        cases = open();
    }

    /** A shipped sample case, as the import reads it from its file. */
    protected static CaseFile sample(int i) {
        try {
            return new CaseJson().read(SampleCases.text(SampleCases.ALL.get(i))).caseFile();
        } catch (CaseFormatException e) {
            throw new IllegalStateException("shipped sample " + i + " does not read", e);
        }
    }

    protected static CaseFile withPayer(CaseFile c, long payerId) {
        PlanFacts p = c.plan();
        return c.withPlan(
                new PlanFacts(
                        p.planType(),
                        Optional.of(payerId),
                        p.planName(),
                        p.issuedState(),
                        p.employerSponsored(),
                        p.employerName(),
                        p.shareWithEmployer()));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void createAssignsAnIdAndFindReturnsTheSameCase() throws Exception {
        CaseFile original = sample(0);

        CaseFile stored = cases.create(original);

        assertThat(stored.id()).isPresent();
        assertThat(stored).isEqualTo(original.withId(stored.id().get()));
        assertThat(cases.find(stored.id().get())).contains(stored);
        assertThat(reopened().find(stored.id().get())).contains(stored);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertThat(cases.find(999)).isEmpty();
    }

    @Test
    void createAllStoresEveryCaseWithItsOwnId() throws Exception {
        List<CaseFile> samples = List.of(sample(0), sample(1), sample(2), sample(3), sample(4));

        List<CaseFile> stored = cases.createAll(samples);

        assertThat(stored).hasSize(5);
        assertThat(stored.stream().map(c -> c.id().orElseThrow()).distinct()).hasSize(5);
        CaseStore again = reopened();
        for (int i = 0; i < samples.size(); i++) {
            long id = stored.get(i).id().orElseThrow();
            assertThat(stored.get(i)).isEqualTo(samples.get(i).withId(id));
            assertThat(again.find(id)).contains(stored.get(i));
        }
        assertThat(cases.count()).isEqualTo(5);
    }

    @Test
    void createAllStoresNoneWhenOneCannotBeStored() {
        CaseFile dangling = withPayer(sample(1), 4242);

        assertThatThrownBy(() -> cases.createAll(List.of(sample(0), dangling)))
                .isInstanceOf(DatabaseException.class);

        assertThat(cases.count()).isZero();
        assertThat(cases.summaries()).isEmpty();
    }

    @Test
    void updateThenFindReturnsTheNewVersion() throws Exception {
        CaseFile stored = cases.create(sample(0));
        CaseFile changed =
                sample(3)
                        .withId(stored.id().get())
                        .withPatient(Patient.named("Changed Name"))
                        .withStatus(CaseStatus.P2P_HELD);

        cases.update(changed);

        assertThat(cases.find(stored.id().get())).contains(changed);
        assertThat(reopened().find(stored.id().get())).contains(changed);
        assertThat(cases.count()).isEqualTo(1);
    }

    @Test
    void aCaseCanBeSavedAgainAndAgain() throws Exception {
        CaseFile c = cases.create(sample(2));
        for (CaseStatus s :
                List.of(CaseStatus.APPEAL_DRAFTED, CaseStatus.P2P_HELD, CaseStatus.CLOSED)) {
            c = c.withStatus(s);
            cases.update(c);
        }

        assertThat(reopened().find(c.id().get())).contains(c);
    }

    @Test
    void updateOfACaseNotStoredIsRefused() {
        assertThatThrownBy(() -> cases.update(CaseFile.newCase(Patient.named("A"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cases.update(CaseFile.newCase(Patient.named("A")).withId(77)))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("77");
        assertThat(cases.count()).isZero();
    }

    @Test
    void deleteRemovesOnlyThatCase() {
        CaseFile a = cases.create(sample(0));
        CaseFile b = cases.create(sample(1));

        assertThat(cases.delete(a.id().get())).isTrue();
        assertThat(cases.delete(a.id().get())).isFalse();

        assertThat(cases.find(a.id().get())).isEmpty();
        assertThat(cases.find(b.id().get())).contains(b);
        assertThat(cases.count()).isEqualTo(1);
        assertThat(cases.summaries()).extracting(CaseSummary::id).containsExactly(b.id().get());
    }

    @Test
    void countCountsTheStoredCases() {
        assertThat(cases.count()).isZero();
        cases.create(sample(0));
        cases.createAll(List.of(sample(1), sample(2)));

        assertThat(cases.count()).isEqualTo(3);
    }

    @Test
    void summariesListNewestFirstWithTheListedColumns() throws Exception {
        long payer = addPayer("Cascade Mutual Health (sample)");
        Instant before = stampNow().truncatedTo(ChronoUnit.MILLIS);
        CaseFile first = cases.create(withPayer(sample(0), payer));
        Instant after = stampNow();
        clock.advance(Duration.ofMinutes(3));
        CaseFile second = cases.create(CaseFile.newCase(Patient.named("Bare")));

        List<CaseSummary> rows = reopened().summaries();

        assertThat(rows)
                .extracting(CaseSummary::id)
                .containsExactly(second.id().get(), first.id().get());
        CaseSummary bare = rows.get(0);
        assertThat(bare.patientName()).isEqualTo("Bare");
        assertThat(bare.payerName()).isEmpty();
        assertThat(bare.planType()).isEmpty();
        assertThat(bare.levelOfCare()).isEmpty();
        assertThat(bare.denialDate()).isEmpty();
        assertThat(bare.nextDeadline()).isEmpty();
        CaseSummary row = rows.get(1);
        assertThat(row.patientName()).isEqualTo("Daniela Reyes-Whitford");
        assertThat(row.payerName()).isEqualTo("Cascade Mutual Health (sample)");
        assertThat(row.planType()).isEqualTo(HasId.find(PlanType.class, "erisa-self-funded"));
        assertThat(row.planType()).isPresent();
        assertThat(row.levelOfCare()).isEqualTo(HasId.find(LevelOfCare.class, "iop-mh"));
        assertThat(row.levelOfCare()).isPresent();
        assertThat(row.status()).isEqualTo(CaseStatus.DENIED);
        assertThat(row.denialDate())
                .as("the phoned date, before the letter's")
                .contains(LocalDate.of(2026, 11, 14));
        assertThat(row.updatedAt()).isBetween(before, after);
        Optional<NextDeadline> expected =
                new NextDeadlines()
                        .of(first, LocalDateTime.of(2026, 11, 15, 10, 0))
                        .map(d -> NextDeadline.parse(d.deadlineId(), d.label(), d.dueText()))
                        .flatMap(d -> d);
        assertThat(expected).as("the sample has an open deadline on the clock's day").isPresent();
        assertThat(row.nextDeadline()).isEqualTo(expected);
    }

    @Test
    void summariesFollowAnUpdate() throws Exception {
        CaseFile c = cases.create(sample(1));
        clock.advance(Duration.ofHours(2));
        Instant before = stampNow().truncatedTo(ChronoUnit.MILLIS);

        cases.update(c.withPatient(Patient.named("After")).withStatus(CaseStatus.CLOSED));

        Instant after = stampNow();
        CaseSummary row = cases.summaries().get(0);
        assertThat(row.patientName()).isEqualTo("After");
        assertThat(row.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(row.updatedAt()).isBetween(before, after);
    }

    @Test
    void unicodeQuotesAndSqlRoundTripExactly() throws Exception {
        for (String text : CaseFixtures.AWKWARD_TEXT) {
            CaseFile stored = cases.create(CaseFixtures.fullCase(text));

            CaseFile found = reopened().find(stored.id().get()).orElseThrow();

            assertThat(found).as(text).isEqualTo(stored);
            assertThat(found.patient().name()).isEqualTo(text);
            assertThat(cases.summaries().get(0).patientName()).isEqualTo(text);
        }
        assertThat(cases.count()).isEqualTo(CaseFixtures.AWKWARD_TEXT.size());
    }

    @Test
    void importedFromNamesTheCaseImportedFromThatFileUntilItIsDeleted() throws Exception {
        String text = SampleCases.text(SampleCases.ALL.get(1));
        String sha = sha256(text);
        assertThat(cases.importedFrom(sha)).isEmpty();

        CaseFile imported = createImported(sample(1), sha);
        cases.create(sample(2));

        assertThat(cases.importedFrom(sha)).contains(imported.id().get());
        assertThat(reopened().importedFrom(sha)).contains(imported.id().get());
        assertThat(cases.importedFrom(sha256(text + " "))).isEmpty();
        assertThat(cases.find(imported.id().get())).contains(imported);

        cases.delete(imported.id().get());

        assertThat(cases.importedFrom(sha)).isEmpty();
    }
}

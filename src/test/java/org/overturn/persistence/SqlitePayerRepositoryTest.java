package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.Payer;

class SqlitePayerRepositoryTest {

    @TempDir Path dir;

    private Database db;
    private SqlitePayerRepository payers;

    @BeforeEach
    void open() {
        db =
                Database.open(
                        dir.resolve("overturn.db"),
                        new BackupService(
                                dir.resolve("backups"), MutableClock.at("2026-11-26T10:00:00Z")));
        payers = new SqlitePayerRepository(db);
    }

    @Test
    void saveInsertsAndFindReturnsEveryField() {
        Payer saved = payers.save(CaseFixtures.payer("Cascade Mutual"));

        assertThat(saved.id()).isPresent();
        assertThat(new SqlitePayerRepository(db).find(saved.id().get())).contains(saved);
        assertThat(saved.appealsAddress()).isEqualTo("PO Box 1\nCity, ST 00000");
    }

    @Test
    void saveOfAStoredPayerUpdatesIt() {
        Payer saved = payers.save(CaseFixtures.payer("Cascade Mutual"));
        Payer changed =
                new Payer(
                        saved.id(),
                        "Cascade Mutual Health",
                        "New address",
                        "fax",
                        "phone",
                        "portal",
                        "");

        payers.save(changed);

        assertThat(payers.all()).containsExactly(changed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cascade Mutual", "cascade mutual", "  CASCADE MUTUAL  "})
    void aSecondPayerWithTheSameNameIsRefused(String name) {
        payers.save(CaseFixtures.payer("Cascade Mutual"));

        assertThatThrownBy(() -> payers.save(Payer.named(name)))
                .isInstanceOf(SqlitePayerRepository.DuplicateNameException.class)
                .hasMessage("A payer named \"Cascade Mutual\" is already in the directory.");
        assertThat(payers.all()).hasSize(1);
    }

    @Test
    void renamingAPayerToAnotherPayersNameIsRefused() {
        payers.save(Payer.named("Alpha"));
        Payer beta = payers.save(Payer.named("Beta"));

        assertThatThrownBy(() -> payers.save(new Payer(beta.id(), "ALPHA", "", "", "", "", "")))
                .isInstanceOf(SqlitePayerRepository.DuplicateNameException.class);
        assertThat(payers.find(beta.id().get())).contains(beta);
    }

    @Test
    void allIsSortedByNameIgnoringCase() {
        payers.save(Payer.named("beta"));
        payers.save(Payer.named("Alpha"));
        payers.save(Payer.named("Gamma"));

        assertThat(payers.all()).extracting(Payer::name).containsExactly("Alpha", "beta", "Gamma");
    }

    @Test
    void matchOrAddKeepsTheExistingEntryOrAddsTheImportedOne() {
        Payer mine =
                payers.save(new Payer(Optional.empty(), "Lakeshore", "My address", "", "", "", ""));

        Payer matched =
                db.inTransaction(
                        c ->
                                SqlitePayerRepository.matchOrAdd(
                                        c,
                                        new Payer(
                                                Optional.of(999L),
                                                "lakeshore",
                                                "Imported address",
                                                "",
                                                "",
                                                "",
                                                "")));
        Payer added =
                db.inTransaction(
                        c ->
                                SqlitePayerRepository.matchOrAdd(
                                        c,
                                        new Payer(
                                                Optional.of(999L),
                                                "Elsewhere",
                                                "Their address",
                                                "",
                                                "",
                                                "",
                                                "")));

        assertThat(matched).isEqualTo(mine);
        assertThat(added.id()).isPresent().isNotEqualTo(Optional.of(999L));
        assertThat(added.appealsAddress()).isEqualTo("Their address");
        assertThat(payers.all()).extracting(Payer::name).containsExactly("Elsewhere", "Lakeshore");
    }

    @Test
    void updatingAPayerThatIsGoneIsRefused() {
        assertThatThrownBy(
                        () -> payers.save(new Payer(Optional.of(31L), "Ghost", "", "", "", "", "")))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("31");
    }

    static Stream<String> awkwardText() {
        return CaseFixtures.AWKWARD_TEXT.stream();
    }

    @ParameterizedTest
    @MethodSource("awkwardText")
    void unicodeQuotesAndSqlRoundTripExactly(String text) {
        Payer saved = payers.save(CaseFixtures.payer(text));

        assertThat(payers.find(saved.id().get())).contains(saved);
        assertThat(payers.findByName(text)).contains(saved);
        assertThat(saved.name()).isEqualTo(text);
    }
}

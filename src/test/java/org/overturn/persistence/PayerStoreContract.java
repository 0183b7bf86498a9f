package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.store.PayerStore;

/**
 * What every {@link PayerStore} does, whatever keeps the directory (ADR 0019): each subclass
 * supplies a store over fresh, empty storage, as a person who may change the directory.
 */
abstract class PayerStoreContract {

    protected PayerStore payers;

    /** A store over fresh, empty storage. */
    protected abstract PayerStore open() throws Exception;

    /** Another store over the same storage, so nothing can come from the first one's memory. */
    protected abstract PayerStore reopened() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        payers = open();
    }

    @Test
    void saveAddsANewPayerWithAnIdAndFindReturnsEveryField() throws Exception {
        Payer p = CaseFixtures.payer("Cascade Mutual");

        Payer saved = payers.save(p);

        assertThat(saved.id()).isPresent();
        assertThat(saved).isEqualTo(p.withId(saved.id().get()));
        assertThat(payers.find(saved.id().get())).contains(saved);
        assertThat(reopened().find(saved.id().get())).contains(saved);
        assertThat(saved.appealsAddress()).isEqualTo("PO Box 1\nCity, ST 00000");
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertThat(payers.find(999)).isEmpty();
    }

    @Test
    void saveOfAStoredPayerUpdatesIt() throws Exception {
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

        assertThat(payers.save(changed)).isEqualTo(changed);

        assertThat(reopened().all()).containsExactly(changed);
        assertThat(payers.findByName("Cascade Mutual")).isEmpty();
    }

    @Test
    void saveOfAPayerNoLongerStoredIsRefused() {
        Payer gone = Payer.named("Gone").withId(4242);

        assertThatThrownBy(() -> payers.save(gone))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("Payer 4242 no longer exists.");
        assertThat(payers.all()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cascade Mutual", "cascade mutual", "  CASCADE MUTUAL  "})
    void findByNameIgnoresCaseAndSurroundingSpaces(String name) {
        Payer saved = payers.save(CaseFixtures.payer("Cascade Mutual"));
        payers.save(Payer.named("Cascade Mutual Health"));

        assertThat(payers.findByName(name)).contains(saved);
        assertThat(payers.findByName("Cascade")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cascade Mutual", "cascade mutual", "  CASCADE MUTUAL  "})
    void aSecondPayerWithTheSameNameIsRefused(String name) {
        payers.save(CaseFixtures.payer("Cascade Mutual"));

        assertThatThrownBy(() -> payers.save(Payer.named(name)))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("A payer named \"Cascade Mutual\" is already in the directory.");
        assertThat(payers.all()).hasSize(1);
    }

    @Test
    void renamingAPayerToAnotherPayersNameIsRefusedAndChangesNothing() {
        payers.save(Payer.named("Alpha"));
        Payer beta = payers.save(Payer.named("Beta"));

        assertThatThrownBy(() -> payers.save(new Payer(beta.id(), "ALPHA", "", "", "", "", "")))
                .isInstanceOf(DatabaseException.class);
        assertThat(payers.find(beta.id().get())).contains(beta);
    }

    @Test
    void aPayerMayBeSavedUnderItsOwnNameInAnotherCase() {
        Payer saved = payers.save(Payer.named("Alpha"));
        Payer recased = new Payer(saved.id(), "ALPHA", "address", "", "", "", "");

        payers.save(recased);

        assertThat(payers.all()).containsExactly(recased);
    }

    @Test
    void allIsSortedByNameIgnoringCase() {
        payers.save(Payer.named("beta"));
        payers.save(Payer.named("Alpha"));
        payers.save(Payer.named("Gamma"));
        payers.save(Payer.named("alpha two"));
        payers.save(Payer.named("Zeta"));
        payers.save(Payer.named("_underscore"));
        payers.save(Payer.named("123 Health"));

        assertThat(payers.all())
                .extracting(Payer::name)
                .containsExactly(
                        "123 Health", "_underscore", "Alpha", "alpha two", "beta", "Gamma", "Zeta");
    }

    @Test
    void awkwardNamesRoundTripExactly() throws Exception {
        for (String text : CaseFixtures.AWKWARD_TEXT) {
            Payer saved = payers.save(new Payer(Optional.empty(), text, text, "", "", "", text));

            assertThat(reopened().find(saved.id().get())).as(text).contains(saved);
            assertThat(payers.findByName(saved.name())).as(text).contains(saved);
        }
        assertThat(payers.all()).hasSize(CaseFixtures.AWKWARD_TEXT.size());
    }
}

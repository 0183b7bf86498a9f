package org.overturn.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.AuthorizedRepresentative;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.parity.ParityFacts;
import org.overturn.domain.rebuttal.ClinicalPicture;

class CaseFileTest {

    private final CaseFile base = CaseFile.newCase(Patient.named("Δημήτρης"));

    @Test
    void authorizationPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(
                        () ->
                                AuthorizationPeriod.of(
                                        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("last covered day 2026-03-01 is before the first 2026-03-02");
    }

    @Test
    void authorizationPeriodOfOneDayIsAccepted() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(AuthorizationPeriod.of(day, day).lastDay()).isEqualTo(day);
    }

    @Test
    void authorizationPeriodNeedsBothDaysAndNonNegativeUnits() {
        assertThatThrownBy(() -> AuthorizationPeriod.of(null, LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("required");
        assertThatThrownBy(
                        () ->
                                new AuthorizationPeriod(
                                        "a",
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 1, 2),
                                        Optional.of(-1),
                                        Optional.empty()))
                .hasMessageContaining("negative");
    }

    @Test
    void twoDenialsWithTheSameIdAreRefused() {
        Denial d = CaseFixtures.denial("same", "x");

        assertThatThrownBy(() -> base.withDenials(List.of(d, CaseFixtures.denial("same", "y"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two denials share an id");
    }

    @Test
    void twoAuthorizationPeriodsOrEventsWithTheSameIdAreRefused() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        AuthorizationPeriod a =
                new AuthorizationPeriod("a", day, day, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> base.withAuthorizations(List.of(a, a)))
                .hasMessage("two authorization periods share an id");
        TimelineEvent e = new TimelineEvent("e", day, EventKind.NOTE, "t", "");
        assertThatThrownBy(
                        () ->
                                base.withTimeline(
                                        List.of(
                                                e,
                                                new TimelineEvent(
                                                        "e", day.plusDays(1), null, "u", null))))
                .hasMessage("two timeline events share an id");
    }

    @Test
    void listsAreImmutableCopies() {
        List<Denial> denials = new ArrayList<>(List.of(CaseFixtures.denial("d1", "x")));
        CaseFile c = base.withDenials(denials);
        denials.add(CaseFixtures.denial("d2", "x"));

        assertThat(c.denials()).hasSize(1);
        assertThatThrownBy(() -> c.denials().add(CaseFixtures.denial("d3", "x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.authorizations().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.timeline().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullPartsBecomeEmptyOrDefaults() {
        CaseFile c =
                new CaseFile(
                        null,
                        null,
                        Patient.named("A"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);

        assertThat(c.id()).isEmpty();
        assertThat(c.decisions()).isEmpty();
        assertThat(c.status()).isEqualTo(CaseStatus.DENIED);
        assertThat(c.plan()).isEqualTo(PlanFacts.empty());
        assertThat(c.representative()).isEmpty();
        assertThat(c.denials()).isEmpty();
        assertThat(c.authorizations()).isEmpty();
        assertThat(c.timeline()).isEmpty();
        assertThat(c.clock()).isEqualTo(ClockFacts.none());
        assertThat(c.assessments()).isEmpty();
        assertThat(c.measures()).isEmpty();
        assertThat(c.clinical()).isEqualTo(ClinicalPicture.empty());
        assertThat(c.parity()).isEqualTo(ParityFacts.unknown());
    }

    @Test
    void aCaseWithoutPatientIsRefused() {
        assertThatThrownBy(() -> CaseFile.newCase(null)).hasMessage("patient is required");
    }

    @Test
    void timelineIsKeptInDateOrder() {
        CaseFile c = CaseFixtures.fullCase("x");

        assertThat(c.timeline()).extracting(TimelineEvent::id).containsExactly("t-1", "t-2");
    }

    @Test
    void withDenialReplacesTheDenialWithTheSameIdOrAppends() {
        Denial first = CaseFixtures.denial("d1", "first");
        CaseFile c =
                base.withDenial(first)
                        .withDenial(CaseFixtures.denial("d2", "x"))
                        .withDenial(CaseFixtures.denial("d1", "changed"));

        assertThat(c.denials()).extracting(Denial::id).containsExactly("d1", "d2");
        assertThat(c.denials().get(0).reviewerName()).isEqualTo("Dr changed");
    }

    @Test
    void currentDenialIsTheLatestByEffectiveDate() {
        Denial early = Denial.blank(DenialType.PRE_SERVICE, LevelOfCare.PHP);
        Denial late =
                new Denial(
                        "late",
                        Optional.of(LocalDate.of(2026, 5, 1)),
                        Optional.empty(),
                        Optional.empty(),
                        DenialType.CONCURRENT,
                        false,
                        LevelOfCare.RESIDENTIAL,
                        List.of(),
                        List.of(),
                        null,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        null,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "");
        CaseFile c = base.withDenials(List.of(late, early));

        assertThat(c.currentDenial()).contains(late);
        assertThat(c.firstDenial()).contains(late);
        assertThat(c.levelOfCare()).contains(LevelOfCare.RESIDENTIAL);
    }

    @Test
    void representativeNeedsAName() {
        assertThatThrownBy(() -> new AuthorizedRepresentative(" ", "parent", true))
                .hasMessage("representative name is required");
    }

    @Test
    void timelineEventNeedsADateAndATitle() {
        assertThatThrownBy(() -> TimelineEvent.of(null, EventKind.NOTE, "t", ""))
                .hasMessage("event date is required");
        assertThatThrownBy(() -> TimelineEvent.of(LocalDate.of(2026, 1, 1), EventKind.NOTE, "", ""))
                .hasMessage("event title is required");
    }

    @Test
    void payerNeedsANameAndPlanStateMustBeKnown() {
        assertThatThrownBy(() -> Payer.named("")).hasMessage("payer name is required");
        assertThatThrownBy(
                        () ->
                                new PlanFacts(
                                        Optional.empty(),
                                        Optional.empty(),
                                        "",
                                        "QQ",
                                        Optional.empty()))
                .hasMessageContaining("plan state 'QQ'");
    }
}

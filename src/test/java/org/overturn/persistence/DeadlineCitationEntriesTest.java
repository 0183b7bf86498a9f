package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationKind;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.PhsaSibling;
import org.overturn.domain.citations.Verification;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.Coverage;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineCitations;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRules;
import org.overturn.domain.deadlines.PeerToPeerWindow;
import org.overturn.domain.deadlines.StateExternalReview;

/**
 * The deadline engine cites only what the shipped library holds, and only entries it may print
 * unprompted.
 */
class DeadlineCitationEntriesTest {

    private static final CitationLibrary LIBRARY = CitationLoader.loadBuiltIn();

    @Test
    void everyCitationIdTheDeadlineAndDisclosureRulesNameIsInTheLoadedLibrary() {
        assertThat(DeadlineCitations.ALL)
                .allSatisfy(id -> assertThat(LIBRARY.contains(id)).as(id).isTrue());
    }

    @Test
    void everyCitationTheEngineEmitsForAnyPlanAndStepExistsIsCitableAndReachesThatPlan() {
        Set<String> used = new HashSet<>();
        List<String> outOfReach = new ArrayList<>();
        LocalDate on = LocalDate.of(2026, 3, 2);
        DeadlineCalculator calc = new DeadlineCalculator(ZoneId.of("UTC"));
        ClockFacts all =
                ClockFacts.none()
                        .withAppealFiled(LocalDate.of(2026, 3, 10), Optional.of(LocalTime.NOON))
                        .withFinalDenial(LocalDate.of(2026, 4, 1))
                        .withExternalReviewFiled(LocalDate.of(2026, 4, 2), Optional.empty())
                        .withActionEffective(LocalDate.of(2026, 3, 20))
                        .withLastCoveredDay(LocalDate.of(2026, 3, 6))
                        .withP2pWindow(PeerToPeerWindow.hours(24))
                        .withExtensionRequestedAt(LocalDateTime.of(2026, 3, 5, 9, 0))
                        .withSuitBy(Optional.of(LocalDate.of(2027, 3, 1)));
        for (PlanType p : PlanType.values()) {
            for (DenialType t : DenialType.values()) {
                for (boolean urgent : new boolean[] {false, true}) {
                    if (urgent && t == DenialType.POST_SERVICE) {
                        continue; // refused: expedited review is for care not yet given or still
                        // going on
                    }
                    for (DecisionLevel level : DecisionLevel.values()) {
                        ClockFacts facts = all.withFinalDenial(LocalDate.of(2026, 4, 1), level);
                        DeadlineInput in =
                                new DeadlineInput(
                                        p,
                                        t,
                                        urgent,
                                        LocalDate.of(2026, 3, 2),
                                        Optional.empty(),
                                        Optional.empty(),
                                        facts);
                        calc.calculate(in).deadlines().stream()
                                .map(Deadline::citationId)
                                .flatMap(Optional::stream)
                                .forEach(id -> record(id, p, on, used, outOfReach));
                    }
                }
            }
            for (DisclosureKind k : DisclosureKind.values()) {
                DisclosureRules.ruleFor(k, p)
                        .citationId()
                        .ifPresent(id -> record(id, p, on, used, outOfReach));
            }
        }
        assertThat(outOfReach).as("cited for a plan type the entry does not reach").isEmpty();
        assertThat(used).hasSizeGreaterThan(25);
        for (String id : used) {
            Citation c =
                    LIBRARY.find(id)
                            .orElseThrow(() -> new AssertionError("missing citation " + id));
            assertThat(c.citableByDefault()).as(id + " must not be unverified").isTrue();
        }
    }

    private static void record(
            String id, PlanType p, LocalDate on, Set<String> used, List<String> outOfReach) {
        used.add(id);
        if (LIBRARY.find(id).filter(c -> c.appliesTo(p, on)).isEmpty()) {
            outOfReach.add(id + " for " + p.id());
        }
    }

    @Test
    void
            everyConfirmedLongerStateWindowCitesAVerifiedEntryOfItsStateForInsuredAndIndividualPlansOnly() {
        LocalDate on = LocalDate.of(2026, 3, 2);
        List<StateExternalReview> longer =
                StateExternalReview.known().stream()
                        .filter(w -> w.confirmed() && !w.sameAsFederal())
                        .toList();
        assertThat(longer)
                .extracting(StateExternalReview::state)
                .containsExactlyInAnyOrder("CA", "WA", "OR");
        for (StateExternalReview w : longer) {
            Citation c =
                    LIBRARY.find(w.citationId())
                            .orElseThrow(
                                    () ->
                                            new AssertionError(
                                                    w.state()
                                                            + ": missing citation "
                                                            + w.citationId()));
            assertThat(c.citableByDefault()).as(c.id()).isTrue();
            assertThat(c.verification())
                    .as(c.id())
                    .isIn(Verification.VERIFIED, Verification.SECONDARY);
            assertThat(c.jurisdiction()).as(c.id()).isEqualTo(w.state());
            assertThat(c.kind())
                    .as(c.id())
                    .isIn(CitationKind.STATE_LAW, CitationKind.STATE_REGULATION);
            assertThat(c.appliesTo(PlanType.ERISA_INSURED, on)).as(c.id()).isTrue();
            assertThat(c.appliesTo(PlanType.INDIVIDUAL, on)).as(c.id()).isTrue();
            assertThat(c.planTypes()).as(c.id()).doesNotContain(PlanType.ERISA_SELF_FUNDED);
            assertThat(c.source()).as(c.id()).isNotBlank();
        }
        assertThat(StateExternalReview.known())
                .filteredOn(w -> !w.confirmed())
                .allSatisfy(w -> assertThat(w.citationId()).as(w.state()).isEmpty());
    }

    @Test
    void everyCitationTheEngineEmitsForAKnownStatesPlanReachesThatPlan() {
        Set<String> used = new HashSet<>();
        List<String> outOfReach = new ArrayList<>();
        LocalDate on = LocalDate.of(2026, 3, 2);
        DeadlineCalculator calc = new DeadlineCalculator(ZoneId.of("UTC"));
        ClockFacts facts =
                ClockFacts.none()
                        .withAppealFiled(LocalDate.of(2026, 3, 10), Optional.empty())
                        .withFinalDenial(LocalDate.of(2026, 4, 1));
        for (StateExternalReview w : StateExternalReview.known()) {
            for (PlanType p : PlanType.values()) {
                DeadlineInput in =
                        new DeadlineInput(
                                p,
                                DenialType.PRE_SERVICE,
                                false,
                                on,
                                Optional.empty(),
                                Optional.empty(),
                                facts,
                                new Coverage(
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        w.state()));
                calc.calculate(in).deadlines().stream()
                        .map(Deadline::citationId)
                        .flatMap(Optional::stream)
                        .forEach(id -> record(id, p, on, used, outOfReach));
            }
        }
        assertThat(outOfReach).as("cited for a plan type the entry does not reach").isEmpty();
        assertThat(used)
                .contains(
                        "state-ca-imr-6-months",
                        "state-wa-ext-review-180-days",
                        "state-or-ext-review-180-days");
        for (String id : used) {
            assertThat(LIBRARY.find(id)).as(id).get().matches(Citation::citableByDefault);
        }
    }

    @Test
    void deadlineEntriesNameTheirPlanTypes() {
        assertThat(LIBRARY.get(DeadlineCitations.MEDICAID_MCO_APPEAL).planTypes())
                .containsExactly(PlanType.MEDICAID_MCO);
        assertThat(LIBRARY.get(DeadlineCitations.ACA_EXT_REVIEW_FILING).planTypes())
                .contains(PlanType.ERISA_SELF_FUNDED)
                .doesNotContain(PlanType.INDIVIDUAL, PlanType.MEDICARE_ADVANTAGE);
        assertThat(LIBRARY.get(PhsaSibling.of(DeadlineCitations.ACA_EXT_REVIEW_FILING)).planTypes())
                .containsExactlyInAnyOrder(PlanType.INDIVIDUAL, PlanType.GOVERNMENT_NONFEDERAL);
    }
}

package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.PhsaSibling;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineCitations;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRules;
import org.overturn.domain.deadlines.PeerToPeerWindow;

/** The deadline engine cites only what the shipped library holds, and only entries it may print unprompted. */
class DeadlineCitationEntriesTest {

    private static final CitationLibrary LIBRARY = CitationLoader.loadBuiltIn();

    @Test
    void everyCitationIdTheDeadlineAndDisclosureRulesNameIsInTheLoadedLibrary() {
        assertThat(DeadlineCitations.ALL).allSatisfy(id -> assertThat(LIBRARY.contains(id)).as(id).isTrue());
    }

    @Test
    void everyCitationTheEngineEmitsForAnyPlanAndStepExistsIsCitableAndReachesThatPlan() {
        Set<String> used = new HashSet<>();
        List<String> outOfReach = new ArrayList<>();
        LocalDate on = LocalDate.of(2026, 3, 2);
        DeadlineCalculator calc = new DeadlineCalculator(java.time.ZoneId.of("UTC"));
        ClockFacts all = ClockFacts.none().withAppealFiled(LocalDate.of(2026, 3, 10), Optional.of(LocalTime.NOON))
                .withFinalDenial(LocalDate.of(2026, 4, 1))
                .withExternalReviewFiled(LocalDate.of(2026, 4, 2), Optional.empty())
                .withActionEffective(LocalDate.of(2026, 3, 20)).withLastCoveredDay(LocalDate.of(2026, 3, 6))
                .withP2pWindow(PeerToPeerWindow.hours(24))
                .withExtensionRequestedAt(java.time.LocalDateTime.of(2026, 3, 5, 9, 0))
                .withSuitBy(Optional.of(LocalDate.of(2027, 3, 1)));
        for (PlanType p : PlanType.values()) {
            for (DenialType t : DenialType.values()) {
                for (boolean urgent : new boolean[] {false, true}) {
                    if (urgent && t == DenialType.POST_SERVICE) {
                        continue; // refused: expedited review is for care not yet given or still going on
                    }
                    for (DecisionLevel level : DecisionLevel.values()) {
                        ClockFacts facts = all.withFinalDenial(LocalDate.of(2026, 4, 1), level);
                        DeadlineInput in = new DeadlineInput(p, t, urgent, LocalDate.of(2026, 3, 2), Optional.empty(),
                                Optional.empty(), facts);
                        calc.calculate(in).deadlines().stream().map(Deadline::citationId).flatMap(Optional::stream)
                                .forEach(id -> record(id, p, on, used, outOfReach));
                    }
                }
            }
            for (DisclosureKind k : DisclosureKind.values()) {
                DisclosureRules.ruleFor(k, p).citationId().ifPresent(id -> record(id, p, on, used, outOfReach));
            }
        }
        assertThat(outOfReach).as("cited for a plan type the entry does not reach").isEmpty();
        assertThat(used).hasSizeGreaterThan(25);
        for (String id : used) {
            Citation c = LIBRARY.find(id).orElseThrow(() -> new AssertionError("missing citation " + id));
            assertThat(c.citableByDefault()).as(id + " must not be unverified").isTrue();
        }
    }

    private static void record(String id, PlanType p, LocalDate on, Set<String> used, List<String> outOfReach) {
        used.add(id);
        if (LIBRARY.find(id).filter(c -> c.appliesTo(p, on)).isEmpty()) {
            outOfReach.add(id + " for " + p.id());
        }
    }

    @Test
    void deadlineEntriesNameTheirPlanTypes() {
        assertThat(LIBRARY.get(DeadlineCitations.MEDICAID_MCO_APPEAL).planTypes()).containsExactly(PlanType.MEDICAID_MCO);
        assertThat(LIBRARY.get(DeadlineCitations.ACA_EXT_REVIEW_FILING).planTypes())
                .contains(PlanType.ERISA_SELF_FUNDED).doesNotContain(PlanType.INDIVIDUAL, PlanType.MEDICARE_ADVANTAGE);
        assertThat(LIBRARY.get(PhsaSibling.of(DeadlineCitations.ACA_EXT_REVIEW_FILING)).planTypes())
                .containsExactlyInAnyOrder(PlanType.INDIVIDUAL, PlanType.GOVERNMENT_NONFEDERAL);
    }
}

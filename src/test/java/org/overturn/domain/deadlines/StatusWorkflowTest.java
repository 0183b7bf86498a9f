package org.overturn.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.TimelineEvent;

class StatusWorkflowTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "denied, appeal-drafted, true",
        "appeal-drafted, p2p-requested, true",
        "p2p-requested, p2p-held, true",
        "p2p-held, appeal-filed, true",
        "appeal-filed, decided, true",
        "decided, external-review, true",
        "external-review, closed, true",
        "denied, appeal-filed, true",
        "p2p-held, decided, true",
        "decided, appeal-filed, true",
        "closed, denied, true",
        "denied, decided, false",
        "denied, external-review, false",
        "appeal-filed, denied, false",
        "closed, appeal-filed, false",
        "p2p-requested, external-review, false",
    })
    void allowsTheWorkflowStepsAndRefusesJumps(String from, String to, boolean allowed) {
        assertThat(
                        StatusWorkflow.canMove(
                                HasId.fromId(CaseStatus.class, from),
                                HasId.fromId(CaseStatus.class, to)))
                .isEqualTo(allowed);
    }

    @Test
    void everyOpenStatusCanBeClosed() {
        for (CaseStatus s : CaseStatus.values()) {
            if (s.isOpen()) {
                assertThat(StatusWorkflow.allowedFrom(s)).as(s.id()).contains(CaseStatus.CLOSED);
            }
        }
    }

    @Test
    void aStatusChangeBecomesADatedTimelineEvent() {
        TimelineEvent e =
                StatusWorkflow.eventFor(
                        CaseStatus.P2P_HELD,
                        CaseStatus.APPEAL_FILED,
                        LocalDate.of(2026, 3, 20),
                        "faxed to the plan");
        assertThat(e.kind()).isEqualTo(EventKind.STATUS);
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(e.title()).isEqualTo("Status: Peer-to-peer held → Appeal filed");
        assertThat(e.note()).isEqualTo("faxed to the plan");
    }

    @Test
    void refusesToRecordAChangeTheWorkflowDoesNotAllow() {
        assertThatThrownBy(
                        () ->
                                StatusWorkflow.eventFor(
                                        CaseStatus.DENIED,
                                        CaseStatus.EXTERNAL_REVIEW,
                                        LocalDate.of(2026, 3, 20),
                                        ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filingTheAppealFillsTheFiledDateSoTheDecisionClockStarts() {
        ClockFacts f =
                StatusWorkflow.factsAfter(
                        ClockFacts.none(), CaseStatus.APPEAL_FILED, LocalDate.of(2026, 3, 20));
        assertThat(f.appealFiled()).contains(LocalDate.of(2026, 3, 20));
        ClockFacts kept =
                StatusWorkflow.factsAfter(f, CaseStatus.APPEAL_FILED, LocalDate.of(2026, 4, 1));
        assertThat(kept.appealFiled()).contains(LocalDate.of(2026, 3, 20));
        assertThat(
                        StatusWorkflow.factsAfter(
                                        f, CaseStatus.EXTERNAL_REVIEW, LocalDate.of(2026, 5, 1))
                                .externalReviewFiled())
                .contains(LocalDate.of(2026, 5, 1));
        assertThat(StatusWorkflow.factsAfter(f, CaseStatus.DECIDED, LocalDate.of(2026, 5, 1)))
                .isEqualTo(f);
        assertThat(f.appealFiledTime()).isEqualTo(Optional.empty());
    }
}

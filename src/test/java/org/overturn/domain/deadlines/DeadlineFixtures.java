package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.PlanType;

/** Builds engine inputs for tests with only the facts a test cares about. */
final class DeadlineFixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final DeadlineCalculator CALC = new DeadlineCalculator(NEW_YORK);

    private DeadlineFixtures() {}

    static DeadlineInput input(String plan, String denialType, boolean urgent, String notice) {
        return new DeadlineInput(
                HasId.fromId(PlanType.class, plan),
                HasId.fromId(DenialType.class, denialType),
                urgent,
                LocalDate.parse(notice),
                Optional.empty(),
                Optional.empty(),
                ClockFacts.none());
    }

    static DeadlineInput withReceived(DeadlineInput in, String received) {
        return new DeadlineInput(
                in.planType(),
                in.denialType(),
                in.urgent(),
                in.noticeDate(),
                Optional.of(LocalDate.parse(received)),
                Optional.empty(),
                in.facts());
    }

    static DeadlineInput withReceivedAt(DeadlineInput in, String receivedAt) {
        return new DeadlineInput(
                in.planType(),
                in.denialType(),
                in.urgent(),
                in.noticeDate(),
                Optional.empty(),
                Optional.of(LocalDateTime.parse(receivedAt)),
                in.facts());
    }

    static DeadlineInput withFacts(DeadlineInput in, ClockFacts f) {
        return new DeadlineInput(
                in.planType(),
                in.denialType(),
                in.urgent(),
                in.noticeDate(),
                in.receivedDate(),
                in.receivedAt(),
                f);
    }

    static Deadline due(DeadlineInput in, DeadlineId id) {
        return CALC.calculate(in)
                .find(id)
                .orElseThrow(() -> new AssertionError(id.id() + " not computed"));
    }
}

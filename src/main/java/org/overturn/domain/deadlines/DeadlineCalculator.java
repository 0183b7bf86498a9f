package org.overturn.domain.deadlines;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.overturn.domain.wording.Wording;

/**
 * The deadline engine: from the plan type, the denial and the dates entered, every deadline that
 * applies, each with its rule in plain words and its citation id. Hour clocks are read in the given
 * time zone (the computer's, in the app), so tests can pin one.
 */
public final class DeadlineCalculator {

    private static final Wording WORDS = Wording.of("deadlines");

    public static final String OTHER_REASON = WORDS.text("clock.otherPlanType");

    private final ZoneId zone;

    public DeadlineCalculator(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static DeadlineCalculator inSystemZone() {
        return new DeadlineCalculator(ZoneId.systemDefault());
    }

    public DeadlineSchedule calculate(DeadlineInput in) {
        ScheduleBuilder out = new ScheduleBuilder(zone);
        // The plan's own peer-to-peer window is the clinician's entry, not a legal rule, so it
        // shows for any plan.
        out.peerToPeer(in);
        Optional<PlanRules> rules =
                switch (in.planType()) {
                    case ERISA_SELF_FUNDED, ERISA_INSURED, INDIVIDUAL, GOVERNMENT_NONFEDERAL ->
                            Optional.of(new GroupAndIndividualRules());
                    case MEDICAID_MCO, MEDICAID_FFS -> Optional.of(new MedicaidRules());
                    case MEDICARE_ADVANTAGE, MEDICARE_ORIGINAL -> Optional.of(new MedicareRules());
                    case FEHB, TRICARE -> Optional.of(new FederalProgramRules());
                    case OTHER -> Optional.empty();
                };
        rules.ifPresent(r -> r.apply(in, out));
        return out.build(rules.isPresent() ? Optional.empty() : Optional.of(OTHER_REASON));
    }
}

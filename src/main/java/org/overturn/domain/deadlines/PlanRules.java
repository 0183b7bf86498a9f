package org.overturn.domain.deadlines;

/** The deadline rules of one family of plan types. */
interface PlanRules {
    void apply(DeadlineInput in, ScheduleBuilder out);
}

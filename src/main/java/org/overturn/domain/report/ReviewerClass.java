package org.overturn.domain.report;

import java.util.Locale;
import org.overturn.domain.cases.HasId;

/**
 * Whether the plan's reviewer was a psychiatrist, from the credentials the denial gives: the Payers
 * view counts denials of behavioral-health care made by reviewers who are not.
 */
public enum ReviewerClass implements HasId {
    PSYCHIATRIST("psychiatrist", "Psychiatrist"),
    NOT_A_PSYCHIATRIST("not-a-psychiatrist", "Not a psychiatrist"),
    NOT_STATED("not-stated", "Not stated");

    private final String id;
    private final String label;

    ReviewerClass(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * A psychiatrist when the credentials name psychiatry (a psychiatrist, "psychiatry", "child and
     * adolescent psychiatry"); not stated when they are blank; otherwise not a psychiatrist ("MD,
     * family medicine", "RN, utilization reviewer", "PhD, psychologist").
     */
    public static ReviewerClass of(String credentials) {
        String c = credentials == null ? "" : credentials.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            return NOT_STATED;
        }
        return c.contains("psychiatr") ? PSYCHIATRIST : NOT_A_PSYCHIATRIST;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}

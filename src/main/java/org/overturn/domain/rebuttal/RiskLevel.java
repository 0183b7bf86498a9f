package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * How serious one kind of risk is, as the clinician judged it. Its labels are in the wording file
 * {@code rebuttal}, under {@code riskLevel.} and the id.
 */
public enum RiskLevel implements HasId {
    NOT_ASSESSED("not-assessed"),
    NONE("none"),
    LOW("low"),
    MODERATE("moderate"),
    HIGH("high"),
    IMMINENT("imminent");

    private static final Wording WORDS = Wording.of("rebuttal");
    private static final String LABEL = "riskLevel.";

    private final String id;

    RiskLevel(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return WORDS.text(LABEL + id);
    }
}

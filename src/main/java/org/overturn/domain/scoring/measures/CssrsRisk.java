package org.overturn.domain.scoring.measures;

import org.overturn.domain.cases.HasId;

/** The C-SSRS screener's risk category, as the clinician derives it (reference §4 paraphrase). */
public enum CssrsRisk implements HasId {
    LOW("low", "Low: wish to be dead or non-specific thoughts only"),
    MODERATE(
            "moderate",
            "Moderate: thoughts with a method but no intent, or suicidal behaviour more than 3 months ago"),
    HIGH(
            "high",
            "High: some intent, a plan with intent, or suicidal behaviour in the past 3 months");

    private final String id;
    private final String label;

    CssrsRisk(String id, String label) {
        this.id = id;
        this.label = label;
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

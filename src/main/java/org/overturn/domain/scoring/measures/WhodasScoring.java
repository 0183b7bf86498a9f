package org.overturn.domain.scoring.measures;

import org.overturn.domain.cases.HasId;

/**
 * WHODAS 2.0 scoring methods and their ranges (reference §4; ranges unverified against the WHO
 * manual).
 */
public enum WhodasScoring implements HasId {
    SIMPLE_36("simple-36", "36-item, simple sum", 36, 180),
    SIMPLE_12("simple-12", "12-item, simple sum", 12, 60),
    COMPLEX("complex", "Complex (IRT) scoring, 0–100", 0, 100);

    private final String id;
    private final String label;
    private final int min;
    private final int max;

    WhodasScoring(String id, String label, int min, int max) {
        this.id = id;
        this.label = label;
        this.min = min;
        this.max = max;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}

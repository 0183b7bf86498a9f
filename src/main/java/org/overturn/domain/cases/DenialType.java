package org.overturn.domain.cases;

/** When the denial came relative to the care: before it, during it, or after it was given. */
public enum DenialType implements HasId {
    PRE_SERVICE("pre-service", "Pre-service (prior authorization)"),
    CONCURRENT("concurrent", "Concurrent review (mid-treatment)"),
    POST_SERVICE("post-service", "Post-service (claim)");

    private final String id;
    private final String label;

    DenialType(String id, String label) {
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

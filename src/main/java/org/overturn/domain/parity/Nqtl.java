package org.overturn.domain.parity;

import org.overturn.domain.cases.HasId;

/** Non-quantitative treatment limitations most often at issue in IOP denials. */
public enum Nqtl implements HasId {
    MEDICAL_NECESSITY_CRITERIA(
            "medical-necessity-criteria", "Medical-necessity and level-of-care criteria"),
    CONCURRENT_REVIEW_FREQUENCY("concurrent-review-frequency", "How often care is reviewed"),
    PRIOR_AUTHORIZATION("prior-authorization", "Prior authorization"),
    FAIL_FIRST("fail-first", "Fail-first: a lower level must fail first"),
    PROGRESS_REQUIREMENT("progress-requirement", "Progress required to continue care");

    private final String id;
    private final String label;

    Nqtl(String id, String label) {
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

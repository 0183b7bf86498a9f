package org.overturn.domain.parity;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * Non-quantitative treatment limitations most often at issue in IOP denials. Each one's label is in
 * the wording file {@code parity}, under {@code nqtl.} and its id.
 */
public enum Nqtl implements HasId {
    MEDICAL_NECESSITY_CRITERIA("medical-necessity-criteria"),
    CONCURRENT_REVIEW_FREQUENCY("concurrent-review-frequency"),
    PRIOR_AUTHORIZATION("prior-authorization"),
    FAIL_FIRST("fail-first"),
    PROGRESS_REQUIREMENT("progress-requirement");

    private static final Wording WORDS = Wording.of("parity");
    private static final String LABEL = "nqtl.";

    private final String id;

    Nqtl(String id) {
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

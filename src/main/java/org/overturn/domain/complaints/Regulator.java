package org.overturn.domain.complaints;

import java.util.List;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.UsStates;
import org.overturn.domain.wording.Wording;

/**
 * Who takes a complaint or a letter about a plan. The names printed are those the references
 * confirm (legal-rules section 7); a state's own office is named by its role, since the offices'
 * names differ from state to state and are not in the references, and the signer may type the
 * office's exact name and address over it. Labels for the clinician are in {@code complaint-notes},
 * the printed names in {@code complaints}, each under {@code regulator.} and its id.
 */
public enum Regulator implements HasId {
    /** The Department of Labor's Employee Benefits Security Administration: ERISA plans. */
    EBSA("ebsa", false),
    /** The Centers for Medicare &amp; Medicaid Services: non-federal governmental plans. */
    CMS("cms", false),
    /** The insurance regulator of the state the plan is issued in. */
    STATE_INSURANCE("state-insurance", true),
    /** California's Department of Managed Health Care: HMOs and most Blue Cross and Shield PPOs. */
    CA_DMHC("ca-dmhc", false),
    /** California's Department of Insurance: most other PPOs. */
    CA_CDI("ca-cdi", false),
    /** The state's Medicaid agency: Medicaid managed care. */
    STATE_MEDICAID("state-medicaid", true),
    /** The employer that sponsors the plan, through its benefits office. */
    PLAN_SPONSOR("plan-sponsor", false);

    private static final Wording WORDS = Wording.of("complaints");
    private static final Wording NOTES = Wording.of("complaint-notes");

    private final String id;
    private final boolean perState;

    Regulator(String id, boolean perState) {
        this.id = id;
        this.perState = perState;
    }

    @Override
    public String id() {
        return id;
    }

    @ClinicianOnly
    @Override
    public String label() {
        return NOTES.text("regulator." + id);
    }

    /**
     * The addressee's lines as printed at the head of the letter: the office, then where it sits.
     * {@code state} is the two-letter code of the plan's state (used by the state offices only);
     * {@code sponsor} the employer's name (used by {@link #PLAN_SPONSOR} only).
     */
    public List<String> addressLines(String state, String sponsor) {
        String key = "regulator." + id;
        String text =
                switch (this) {
                    case PLAN_SPONSOR -> WORDS.fill(key, "employer", sponsor);
                    case STATE_INSURANCE, STATE_MEDICAID ->
                            WORDS.fill(key, "state", UsStates.name(state).orElse(state));
                    default -> WORDS.text(key);
                };
        return List.of(text.split("\n"));
    }

    /** Whether the office is the one of the plan's state, so the state must be known. */
    public boolean perState() {
        return perState;
    }

    /** "the Employee Benefits Security Administration", as the body of a letter names it. */
    public String inSentence(String state) {
        String key = "regulator.inSentence." + id;
        return perState
                ? WORDS.fill(key, "state", UsStates.name(state).orElse(state))
                : WORDS.text(key);
    }
}

package org.overturn.ui.workspace;

import java.util.List;
import org.overturn.domain.readiness.CasePath.Why;

/**
 * What takes the focus when the guided path opens a step: the control that does what the step still
 * needs.
 */
final class PathTargets {

    private PathTargets() {}

    /** Node lookups, the first shown and enabled wins. */
    static List<String> of(Why why) {
        return switch (why) {
            case NO_DENIAL -> List.of("#addDenialButton");
            case NO_NOTICE_DATE -> List.of("#noticeDateField", "#rationaleArea");
            case NO_RATIONALE, NONE -> List.of("#rationaleArea");
            case NO_ASSESSMENT -> List.of("#startAssessmentButton");
            case ASSESSMENT_UNFINISHED -> List.of("#stepNextButton", "#startAssessmentButton");
            case NO_STATEMENTS -> List.of("#analyseButton");
            case STATEMENTS_UNCONFIRMED -> List.of("#confirmAllButton");
            case NO_ROWS -> List.of("#addFromStatementsButton");
            case NOT_DRAFTED, LETTER_STALE -> List.of("#draftButton");
            // Export, or when something blocks it, the first fix the packet section offers.
            case NOT_EXPORTED -> List.of("#exportButton", ".fix-button");
        };
    }
}

package org.overturn.domain.casefile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;

/**
 * Which of the denial's reasons the rebuttal leaves unanswered, for the letter and the readiness
 * check. It lives beside the case aggregate, not in the rebuttal package, because the rebuttal
 * package may not depend on the case (the layering test forbids it); the list-based form needs
 * nothing but the rebuttal's own records.
 */
public final class RebuttalCoverage {

    private RebuttalCoverage() {}

    /**
     * For the current denial (the case's statements are its statements), the texts of the
     * statements recognised as a denial reason that no rebuttal row with a non-blank answer or
     * suggestion answers; empty without a denial.
     */
    public static List<String> unanswered(CaseFile c) {
        return c.currentDenial().isEmpty() ? List.of() : unanswered(c.statements(), c.rebuttal());
    }

    /**
     * The texts of the recognised statements that no row with a non-blank answer or suggestion
     * answers.
     */
    public static List<String> unanswered(
            List<StatementMapping> statements, List<RebuttalRow> rows) {
        Set<String> answered = new HashSet<>();
        rows.stream()
                .filter(r -> !r.answer().isBlank() || !r.suggestion().isBlank())
                .forEach(r -> r.statementId().ifPresent(answered::add));
        return statements.stream()
                .filter(RebuttalCoverage::isReason)
                .filter(m -> !answered.contains(m.statement().id()))
                .map(m -> m.statement().text())
                .toList();
    }

    /** Recognised by a pattern, or put under a reason other than "other" by the clinician. */
    static boolean isReason(StatementMapping m) {
        return !m.patternIds().isEmpty() || m.reason() != DenialReason.OTHER;
    }
}

package org.overturn.domain.rebuttal;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;

/**
 * One line of the documentation checklist.
 *
 * @param hint what to do when missing, or what the case holds when present: for the clinician only
 */
public record ChecklistLine(DocumentItem item, ChecklistStatus status, @ClinicianOnly String hint) {

    public ChecklistLine {
        if (item == null || status == null) {
            throw new IllegalArgumentException("checklist line needs an item and a status");
        }
        hint = Text.clean(hint);
    }

    public boolean present() {
        return status != ChecklistStatus.MISSING;
    }
}

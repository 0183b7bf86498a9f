package org.overturn.domain.parity;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;

/** How one state rule judges the criteria the insurer named. */
public record CriteriaVerdict(
        String ruleId, String citationId, CriteriaFinding finding, @ClinicianOnly String message) {

    public CriteriaVerdict {
        ruleId = Text.require(ruleId, "rule id");
        citationId = Text.require(citationId, "citation id");
        if (finding == null) {
            throw new IllegalArgumentException("finding is required");
        }
        message = Text.require(message, "message");
    }
}

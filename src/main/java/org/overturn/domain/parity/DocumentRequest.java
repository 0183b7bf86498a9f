package org.overturn.domain.parity;

import java.util.List;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;

/**
 * A document to ask the plan for, with its legal basis.
 *
 * @param id stable: "criteria", "claim-file", "nqtl-analysis"
 */
public record DocumentRequest(
        String id,
        @ClinicianOnly String what,
        @ClinicianOnly String basis,
        List<String> citationIds) {

    public DocumentRequest {
        id = Text.require(id, "request id");
        what = Text.require(what, "what to request");
        basis = Text.require(basis, "basis");
        citationIds = Text.list(citationIds);
        if (citationIds.isEmpty()) {
            throw new IllegalArgumentException("a document request needs its legal basis");
        }
    }
}

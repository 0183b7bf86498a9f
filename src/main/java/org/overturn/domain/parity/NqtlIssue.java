package org.overturn.domain.parity;

import java.util.List;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;

/**
 * A treatment limitation at issue in this denial, why the app thinks so, and what to compare it
 * with.
 */
public record NqtlIssue(Nqtl nqtl, @ClinicianOnly String why, List<String> citationIds) {

    public NqtlIssue {
        if (nqtl == null) {
            throw new IllegalArgumentException("NQTL is required");
        }
        why = Text.require(why, "why");
        citationIds = Text.list(citationIds);
    }
}

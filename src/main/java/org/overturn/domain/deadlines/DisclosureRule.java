package org.overturn.domain.deadlines;

import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * The legal basis of one kind of request under one plan type.
 *
 * @param citationId the library entry giving the right to ask; empty when the library has none for
 *     this plan type
 * @param verifiedResponseDays days the plan has to answer, only when a verified source gives them
 * @param note what the clinician should know, for example that the response time is unverified
 */
public record DisclosureRule(
        DisclosureKind kind,
        Optional<String> citationId,
        Optional<Integer> verifiedResponseDays,
        String note) {

    public DisclosureRule {
        if (kind == null) {
            throw new IllegalArgumentException("disclosure kind is required");
        }
        citationId = Text.opt(citationId);
        verifiedResponseDays = Text.opt(verifiedResponseDays);
        note = Text.clean(note);
    }
}

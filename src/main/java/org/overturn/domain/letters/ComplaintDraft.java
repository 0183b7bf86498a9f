package org.overturn.domain.letters;

import java.util.List;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.Regulator;

/**
 * A complaint or a letter to the plan's sponsor, ready to lay out: every line in it is sent.
 *
 * @param addressee the office's lines, at the head of the letter
 * @param subject the "Re:" line, without "Re:"
 * @param paragraphs the body, in order
 * @param citationIds the library entries cited in the body
 * @param namesPatient whether the letter names the patient (false: no name, no identifiers, no
 *     clinical detail)
 */
@Outgoing
public record ComplaintDraft(
        ComplaintKind kind,
        Regulator to,
        List<String> addressee,
        String subject,
        String salutation,
        List<String> paragraphs,
        List<String> citationIds,
        boolean namesPatient) {

    public ComplaintDraft {
        addressee = List.copyOf(addressee);
        paragraphs = List.copyOf(paragraphs);
        citationIds = List.copyOf(citationIds);
    }

    /** The whole body as plain text, one blank line between paragraphs (for tests and the CLI). */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}

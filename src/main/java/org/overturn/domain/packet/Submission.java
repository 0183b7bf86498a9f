package org.overturn.domain.packet;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * One sending of the packet, with a frozen copy of exactly what was sent.
 *
 * @param sentTo the fax number, portal or address it went to
 * @param confirmation the fax confirmation, portal reference or tracking number
 * @param frozenCopyId the stored document holding the exact PDF that was sent
 * @param sha256 the frozen copy's checksum
 * @param level what was sent: an internal appeal or an external review request
 */
public record Submission(
        String id,
        LocalDate sentOn,
        Optional<LocalTime> sentAt,
        SubmissionMethod method,
        String sentTo,
        String confirmation,
        ReviewLevel level,
        String frozenCopyId,
        String sha256,
        int pages) {

    public Submission {
        id = Text.require(id, "submission id");
        if (sentOn == null || method == null) {
            throw new IllegalArgumentException("a submission needs the date and the method");
        }
        sentAt = Text.opt(sentAt);
        sentTo = Text.clean(sentTo);
        confirmation = Text.clean(confirmation);
        level = level == null ? ReviewLevel.INTERNAL_APPEAL : level;
        frozenCopyId = Text.require(frozenCopyId, "frozen copy");
        sha256 = Text.require(sha256, "frozen copy checksum").toLowerCase(Locale.ROOT);
        if (pages < 1) {
            throw new IllegalArgumentException("a sent packet has at least one page");
        }
    }
}

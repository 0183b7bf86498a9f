package org.overturn.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;

/**
 * Issue 16, item 3: the rule of what sending a packet does, in the domain, with its worked dates.
 */
class SubmissionsTest {

    private static final CaseFile CASE =
            CaseFile.newCase(
                    new Patient(
                            "Test Patient",
                            Optional.of(LocalDate.of(1990, 1, 5)),
                            "M-1",
                            "G-1",
                            "NY"));

    private static Submission sent(LocalDate on, ReviewLevel level) {
        return new Submission(
                on.toString() + level,
                on,
                Optional.of(LocalTime.of(9, 30)),
                SubmissionMethod.FAX,
                "Plan appeals unit",
                "CONF-1",
                level,
                "doc-" + on,
                "abc",
                12);
    }

    @Test
    void theFirstSendingFilesTheAppealAndStartsTheClockALaterResendDoesNotMoveIt() {
        CaseFile once =
                Submissions.record(
                        CASE, sent(LocalDate.of(2026, 11, 20), ReviewLevel.INTERNAL_APPEAL));
        assertThat(once.clock().appealFiled()).contains(LocalDate.of(2026, 11, 20));
        assertThat(once.status()).isEqualTo(CaseStatus.APPEAL_FILED);
        assertThat(once.packet().submissions()).hasSize(1);
        assertThat(once.timeline())
                .anySatisfy(
                        e -> {
                            assertThat(e.kind()).isEqualTo(EventKind.SUBMISSION);
                            assertThat(e.title())
                                    .isEqualTo("Appeal sent by fax to Plan appeals unit");
                            assertThat(e.note()).isEqualTo("12 pages; confirmation CONF-1");
                        });

        CaseFile twice =
                Submissions.record(
                        once, sent(LocalDate.of(2026, 11, 24), ReviewLevel.INTERNAL_APPEAL));
        assertThat(twice.clock().appealFiled()).contains(LocalDate.of(2026, 11, 20));
        assertThat(twice.packet().submissions()).hasSize(2);

        // A sending recorded late that went out earlier is the first filing.
        CaseFile earlier =
                Submissions.record(
                        twice, sent(LocalDate.of(2026, 11, 18), ReviewLevel.INTERNAL_APPEAL));
        assertThat(earlier.clock().appealFiled()).contains(LocalDate.of(2026, 11, 18));
    }

    @Test
    void anExternalReviewRequestSetsItsOwnDateAndStatus() {
        CaseFile c =
                Submissions.record(
                        CASE, sent(LocalDate.of(2026, 12, 1), ReviewLevel.EXTERNAL_REVIEW));
        assertThat(c.clock().externalReviewFiled()).contains(LocalDate.of(2026, 12, 1));
        assertThat(c.clock().appealFiled()).isEmpty();
        assertThat(c.status()).isEqualTo(CaseStatus.EXTERNAL_REVIEW);
        assertThat(c.timeline())
                .anyMatch(e -> e.title().startsWith("External review request sent by fax"));
    }
}

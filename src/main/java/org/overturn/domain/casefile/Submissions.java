package org.overturn.domain.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Submission;

/**
 * What sending a packet does to a case: the submission is kept, the appeal (or external review) is
 * filed on the first sending's date, which starts the plan's decision clock, the status moves on,
 * and the timeline says so.
 */
public final class Submissions {

    private Submissions() {}

    /**
     * The case with the submission added, the clock's filing date set and the event on the
     * timeline.
     */
    public static CaseFile record(CaseFile c, Submission s) {
        List<Submission> all = new ArrayList<>(c.packet().submissions());
        all.add(s);
        ClockFacts clock = c.clock();
        CaseStatus status = c.status();
        if (s.level() == ReviewLevel.EXTERNAL_REVIEW) {
            if (clock.externalReviewFiled().map(d -> s.sentOn().isBefore(d)).orElse(true)) {
                clock = clock.withExternalReviewFiled(s.sentOn(), s.sentAt());
            }
            status = CaseStatus.EXTERNAL_REVIEW;
        } else {
            // The first filing starts the plan's decision clock; a later resend does not move it.
            if (clock.appealFiled().map(d -> s.sentOn().isBefore(d)).orElse(true)) {
                clock = clock.withAppealFiled(s.sentOn(), s.sentAt());
            }
            if (status.ordinal() < CaseStatus.APPEAL_FILED.ordinal()) {
                status = CaseStatus.APPEAL_FILED;
            }
        }
        String title =
                (s.level() == ReviewLevel.EXTERNAL_REVIEW
                                ? "External review request sent by "
                                : "Appeal sent by ")
                        + s.method().label().toLowerCase(Locale.ROOT)
                        + (s.sentTo().isEmpty() ? "" : " to " + s.sentTo());
        String note =
                s.pages()
                        + " pages"
                        + (s.confirmation().isEmpty() ? "" : "; confirmation " + s.confirmation());
        return c.withPacket(c.packet().withSubmissions(all))
                .withClock(clock)
                .withStatus(status)
                .withEvent(TimelineEvent.of(s.sentOn(), EventKind.SUBMISSION, title, note));
    }
}

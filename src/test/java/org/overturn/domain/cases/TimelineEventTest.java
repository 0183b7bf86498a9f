package org.overturn.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineEventTest {

    @Test
    void anExportAndAnEnteredDenialAreEventsThatSayWhatHappened() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        TimelineEvent packet = TimelineEvent.exported(day, "Appeal packet", 12);
        assertThat(packet.kind()).isEqualTo(EventKind.EXPORT);
        assertThat(packet.title()).isEqualTo("Appeal packet exported (12 pages)");
        assertThat(TimelineEvent.exported(day, "Peer-to-peer prep sheet", 1).title())
                .isEqualTo("Peer-to-peer prep sheet exported (1 page)");
        TimelineEvent denial = TimelineEvent.denialEntered(day, "from its letter");
        assertThat(denial.kind()).isEqualTo(EventKind.DENIAL);
        assertThat(denial.title()).isEqualTo("Denial entered from its letter");
        assertThat(EventKind.EXPORT.id()).isEqualTo("export");
        assertThat(packet.packetExported()).isTrue();
        assertThat(TimelineEvent.exported(day, TimelineEvent.PREP_SHEET, 1).packetExported())
                .isFalse();
    }
}

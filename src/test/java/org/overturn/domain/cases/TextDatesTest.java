package org.overturn.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDatesTest {

    @Test
    void isoDaysInProseReadAsUsDatesAndNothingElseChanges() {
        assertThat(
                        Text.usDates(
                                "Counted from 2026-11-14 (the day received). Care from 2026-11-15 on is unpaid."))
                .isEqualTo(
                        "Counted from 11/14/2026 (the day received). Care from 11/15/2026 on is unpaid.");
        assertThat(Text.usDates("29 CFR 2560.503-1(h)(3)(i); 78 FR 68240; due 2026-11-14T17:00"))
                .isEqualTo("29 CFR 2560.503-1(h)(3)(i); 78 FR 68240; due 2026-11-14T17:00");
        assertThat(Text.usDates("REF-2026-118834")).isEqualTo("REF-2026-118834");
    }
}

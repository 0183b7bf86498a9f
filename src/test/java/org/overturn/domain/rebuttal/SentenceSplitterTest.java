package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void keepsAbbreviationsDecimalsAndInitialsInsideTheirStatement() {
        assertThat(
                        SentenceSplitter.split(
                                "Dr. J. Smith reviewed the request for ASAM Level 2.1 services, e.g. IOP "
                                        + "vs. PHP, i.e. 9 hrs. weekly. The member is stable."))
                .containsExactly(
                        "Dr. J. Smith reviewed the request for ASAM Level 2.1 services, e.g. IOP vs. PHP, "
                                + "i.e. 9 hrs. weekly.",
                        "The member is stable.");
    }

    @Test
    void splitsOnQuestionAndExclamationMarksAndClosingQuotes() {
        assertThat(
                        SentenceSplitter.split(
                                "Is IOP needed? The reviewer said \"no.\" Outpatient is sufficient!"))
                .containsExactly(
                        "Is IOP needed?", "The reviewer said \"no.\"", "Outpatient is sufficient!");
    }

    @Test
    void numberedAndBulletedListItemsBecomeStatementsWithoutTheirMarkers() {
        assertThat(
                        SentenceSplitter.split(
                                "Rationale:\n1. No imminent risk\n2. Can be managed at a lower level.\n"
                                        + "- Lack of progress"))
                .containsExactly(
                        "Rationale:",
                        "No imminent risk",
                        "Can be managed at a lower level.",
                        "Lack of progress");
    }

    @Test
    void inlineNumberedItemsAndReferenceNumbersDoNotBreakStatements() {
        assertThat(SentenceSplitter.split("1. The member is stable. 2. Ref. No. 12345 applies."))
                .containsExactly("The member is stable.", "Ref. No. 12345 applies.");
    }

    @Test
    void blankTextGivesNoStatements() {
        assertThat(SentenceSplitter.split("  \n\n ")).isEmpty();
        assertThat(SentenceSplitter.split(null)).isEmpty();
    }
}

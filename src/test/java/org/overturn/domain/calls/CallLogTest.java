package org.overturn.domain.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.EventKind;

class CallLogTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 14, 30);

    private static CallLog upheldByNonPsychiatrist() {
        return new CallLog(
                "c1",
                AT,
                "Dr. K. Alvarez",
                "MD",
                "family medicine",
                Optional.of(CriteriaSet.PROPRIETARY),
                Optional.of(false),
                Optional.of(false),
                CallOutcome.UPHELD,
                "REF-9",
                "Said IOP is not needed.");
    }

    @Test
    void theLetterSentenceNamesTheReviewerTheOutcomeAndWhatWentWrong() {
        assertThat(upheldByNonPsychiatrist().letterSentence())
                .isEqualTo(
                        "On November 20, 2026, the plan's reviewer, Dr. K. Alvarez (MD, family medicine), upheld the denial in a "
                                + "peer-to-peer call without having reviewed the records, applying the plan's own criteria, "
                                + "after the agreed time for the call was not kept (reference REF-9).");
    }

    @Test
    void theCriteriaAppliedReadAsAPhraseForEverySetAndAnUnstatedOneIsLeftOut() {
        assertThat(CallLog.applying(CriteriaSet.INTERQUAL))
                .contains("applying the InterQual criteria");
        assertThat(CallLog.applying(CriteriaSet.MCG)).contains("applying the MCG criteria");
        assertThat(CallLog.applying(CriteriaSet.LOCUS)).contains("applying the LOCUS criteria");
        assertThat(CallLog.applying(CriteriaSet.CALOCUS_CASII))
                .contains("applying the CALOCUS-CASII criteria");
        assertThat(CallLog.applying(CriteriaSet.ASAM)).contains("applying the ASAM Criteria");
        assertThat(CallLog.applying(CriteriaSet.PROPRIETARY))
                .contains("applying the plan's own criteria");
        assertThat(CallLog.applying(CriteriaSet.UNKNOWN)).isEmpty();
        for (CriteriaSet c : CriteriaSet.values()) {
            CallLog.applying(c)
                    .ifPresent(p -> assertThat(p).doesNotContain("(").doesNotContain("Not stated"));
        }
    }

    @Test
    void aSpecialtyAlreadyInTheCredentialsIsNamedOnce() {
        CallLog log =
                new CallLog(
                        "c2",
                        AT,
                        "Dr. K",
                        "MD, family medicine",
                        "Family medicine",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        CallOutcome.UPHELD,
                        "",
                        "");
        assertThat(log.reviewer()).isEqualTo("Dr. K (MD, family medicine)");
    }

    @Test
    void anAnonymousReviewerIsStillNamedByRole() {
        CallLog log = CallLog.at(AT);
        assertThat(log.letterSentence())
                .isEqualTo(
                        "On November 20, 2026, the plan's reviewer did not decide in a peer-to-peer call.");
        assertThat(log.reviewer()).isEqualTo("the plan's reviewer");
    }

    @Test
    void theCallLandsOnTheTimelineOnItsDayWithItsFacts() {
        var e = upheldByNonPsychiatrist().timelineEvent();
        assertThat(e.date()).isEqualTo(AT.toLocalDate());
        assertThat(e.kind()).isEqualTo(EventKind.CALL);
        assertThat(e.title()).contains("Dr. K. Alvarez").contains("denial upheld");
        assertThat(e.note())
                .contains("had not read the records")
                .contains("not kept")
                .contains("REF-9")
                .contains("Said IOP is not needed.");
        assertThat(e.id()).isEqualTo("call-c1");
    }

    @Test
    void aCallNeedsItsDateAndTime() {
        assertThatThrownBy(() -> new CallLog("x", null, "", "", "", null, null, null, null, "", ""))
                .hasMessageContaining("date and time");
    }
}

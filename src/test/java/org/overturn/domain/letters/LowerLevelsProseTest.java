package org.overturn.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.persistence.json.ImportedCase;

/** The letter's "why a lower level is not enough" section reads the history sorted by intensity. */
class LowerLevelsProseTest {

    private static String section(String sample) {
        ImportedCase ic = PacketFixtures.sample(sample);
        CaseFile c = ic.caseFile();
        List<LetterSection> parts =
                LetterComposer.draft(
                        new LetterInputs(
                                c,
                                ic.payer(),
                                PacketFixtures.profile(),
                                PacketFixtures.library(),
                                PacketFixtures.stateRules(),
                                PacketFixtures.instruments(),
                                LetterComposer.storedOrDefault(c),
                                LocalDate.of(2026, 11, 24)));
        return parts.stream()
                .filter(p -> p.part() == LetterPart.LOWER_LEVELS)
                .findFirst()
                .orElseThrow()
                .text();
    }

    @Test
    void theCurrentIopEpisodeIsTheCareUnderReviewNotALowerLevelTried() {
        String text = section(PacketFixtures.MH);
        assertThat(text)
                .contains(
                        "Intensive outpatient (IOP), from October 26, 2026 (Harbor IOP program): the care "
                                + "under review.");
        assertThat(text)
                .contains("Care at a lower level of intensity has been tried (outpatient therapy)");
        String tried = text.substring(text.indexOf("has been tried ("));
        assertThat(tried.substring(0, tried.indexOf(')')))
                .doesNotContainIgnoringCase("intensive outpatient");
    }

    @Test
    void residentialAndWithdrawalManagementAreNeverNamedAsLowerLevels() {
        String text = section(PacketFixtures.SUD);
        String tried = text.substring(text.indexOf("has been tried ("));
        tried = tried.substring(0, tried.indexOf(')'));
        assertThat(tried)
                .contains("outpatient therapy")
                .doesNotContainIgnoringCase("residential")
                .doesNotContainIgnoringCase("withdrawal");
        assertThat(text).doesNotContain("the care under review");
    }
}

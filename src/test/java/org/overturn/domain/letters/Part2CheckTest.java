package org.overturn.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.ConsentPurpose;
import org.overturn.domain.packet.Part2Consent;
import org.overturn.export.packet.PacketFixtures;

class Part2CheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String PLAN = "Lakeshore Community Health Plan (sample)";

    private static CaseFile sud(Part2Consent... consents) {
        CaseFile c = PacketFixtures.sample(PacketFixtures.SUD).caseFile();
        return c.withPacket(c.packet().withConsents(List.of(consents)));
    }

    private static Part2Consent consent(
            String to,
            ConsentPurpose purpose,
            LocalDate signed,
            Optional<LocalDate> until,
            Optional<LocalDate> revoked) {
        return new Part2Consent(
                "k",
                to,
                purpose,
                "",
                until,
                until.isEmpty() ? "end of the appeal" : "",
                signed,
                "the patient",
                revoked);
    }

    @Test
    void aMentalHealthCaseNeedsNoConsent() {
        CaseFile mh = PacketFixtures.sample(PacketFixtures.MH).caseFile();

        Part2Check.Result r = Part2Check.check(mh, "Anyone", TODAY);

        assertThat(r.protectedRecords()).isFalse();
        assertThat(r.allowed()).isTrue();
    }

    @Test
    void aSubstanceUseCaseWithoutAnyConsentIsRefusedAndSaysWhatToRecord() {
        Part2Check.Result r = Part2Check.check(sud(), PLAN, TODAY);

        assertThat(r.allowed()).isFalse();
        assertThat(r.explanation())
                .contains("no patient consent")
                .contains("to whom, for what purpose, until when");
    }

    @Test
    void aConsentForThisRecipientPurposeAndDateAllowsIt() {
        Part2Consent k =
                consent(
                        "Lakeshore Community Health Plan",
                        ConsentPurpose.PAYMENT_AND_APPEAL,
                        TODAY.minusDays(3),
                        Optional.of(TODAY.plusYears(1)),
                        Optional.empty());

        Part2Check.Result r = Part2Check.check(sud(k), PLAN, TODAY);

        assertThat(r.allowed()).isTrue();
        assertThat(r.consent()).contains(k);
    }

    @Test
    void eachWayAConsentCanFailIsNamed() {
        LocalDate signed = TODAY.minusDays(30);
        assertThat(
                        Part2Check.check(
                                        sud(
                                                consent(
                                                        "Other Health Plan",
                                                        ConsentPurpose.PAYMENT_AND_APPEAL,
                                                        signed,
                                                        Optional.of(TODAY.plusDays(1)),
                                                        Optional.empty())),
                                        PLAN,
                                        TODAY)
                                .explanation())
                .contains("names Other Health Plan, not " + PLAN);
        assertThat(
                        Part2Check.check(
                                        sud(
                                                consent(
                                                        PLAN,
                                                        ConsentPurpose.OTHER,
                                                        signed,
                                                        Optional.of(TODAY.plusDays(1)),
                                                        Optional.empty())),
                                        PLAN,
                                        TODAY)
                                .explanation())
                .contains("does not cover an appeal");
        assertThat(
                        Part2Check.check(
                                        sud(
                                                consent(
                                                        PLAN,
                                                        ConsentPurpose.TREATMENT_PAYMENT_OPERATIONS,
                                                        signed,
                                                        Optional.of(TODAY.minusDays(1)),
                                                        Optional.empty())),
                                        PLAN,
                                        TODAY)
                                .explanation())
                .contains("expired on " + TODAY.minusDays(1));
        assertThat(
                        Part2Check.check(
                                        sud(
                                                consent(
                                                        PLAN,
                                                        ConsentPurpose.PAYMENT_AND_APPEAL,
                                                        signed,
                                                        Optional.empty(),
                                                        Optional.of(TODAY.minusDays(2)))),
                                        PLAN,
                                        TODAY)
                                .explanation())
                .contains("was revoked");
        assertThat(
                        Part2Check.check(
                                        sud(
                                                consent(
                                                        PLAN,
                                                        ConsentPurpose.PAYMENT_AND_APPEAL,
                                                        TODAY.plusDays(1),
                                                        Optional.empty(),
                                                        Optional.empty())),
                                        PLAN,
                                        TODAY)
                                .explanation())
                .contains("dated after today");
    }

    @Test
    void oneGoodConsentAmongBadOnesIsEnough() {
        Part2Consent bad =
                new Part2Consent(
                        "a",
                        "Other Plan",
                        ConsentPurpose.PAYMENT_AND_APPEAL,
                        "",
                        Optional.of(TODAY.plusDays(5)),
                        "",
                        TODAY.minusDays(5),
                        "",
                        Optional.empty());
        Part2Consent good =
                new Part2Consent(
                        "b",
                        PLAN,
                        ConsentPurpose.TREATMENT_PAYMENT_OPERATIONS,
                        "",
                        Optional.empty(),
                        "until revoked in writing",
                        TODAY.minusDays(5),
                        "",
                        Optional.empty());

        assertThat(Part2Check.check(sud(bad, good), PLAN, TODAY).consent()).contains(good);
    }
}

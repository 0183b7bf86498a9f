package org.overturn.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.UnitKind;

class DenialTextExtractorTest {

    private static String letter(String name) throws Exception {
        try (InputStream in = DenialTextExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Object v(Extraction e, Field f) {
        return e.value(f).map(Extracted::value).orElse(null);
    }

    @Test
    void anEmployerPlansContinuedStayDenialIsReadFieldByFieldWithWhereEachCameFrom()
            throws Exception {
        String t = letter("erisa-concurrent.txt");
        Extraction e = DenialTextExtractor.extract(t);
        assertThat(v(e, Field.PATIENT_NAME)).isEqualTo("Daniela Reyes-Whitford");
        assertThat(v(e, Field.DATE_OF_BIRTH)).isEqualTo(LocalDate.of(1991, 4, 17));
        assertThat(v(e, Field.MEMBER_ID)).isEqualTo("XQW448120937");
        assertThat(v(e, Field.REFERENCE_NUMBER)).isEqualTo("REF-2026-118834");
        assertThat(v(e, Field.AUTHORIZATION_NUMBER)).isEqualTo("AUTH-77310452");
        // The letter's date, not the fax header's.
        assertThat(v(e, Field.NOTICE_DATE)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(v(e, Field.DENIAL_TYPE)).isEqualTo(DenialType.CONCURRENT);
        assertThat(v(e, Field.LEVEL_OF_CARE)).isEqualTo(LevelOfCare.IOP_MENTAL_HEALTH);
        assertThat(v(e, Field.PLAN_TYPE)).isEqualTo(PlanType.ERISA_SELF_FUNDED);
        assertThat(v(e, Field.CRITERIA_SET)).isEqualTo(CriteriaSet.PROPRIETARY);
        assertThat(v(e, Field.LAST_COVERED_DAY)).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(v(e, Field.START_DATE)).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(v(e, Field.UNITS_REQUESTED)).isEqualTo(15);
        assertThat(v(e, Field.UNIT_KIND)).isEqualTo(UnitKind.DAYS);
        assertThat(v(e, Field.REVIEWER)).isEqualTo("K. Alvarez");
        assertThat(v(e, Field.REVIEWER_CREDENTIALS)).isEqualTo("MD, family medicine");
        assertThat((String) v(e, Field.RATIONALE))
                .startsWith("The member has attended 12 days of IOP.")
                .endsWith("under our Level of Care Guidelines.")
                .doesNotContain("\n")
                .doesNotContain("right to appeal");
        // "You may request an expedited appeal" is a right, not this review's urgency.
        assertThat(e.value(Field.URGENT)).isEmpty();
        Extracted<String> id = e.<String>value(Field.MEMBER_ID).orElseThrow();
        assertThat(t.substring(id.start(), id.end())).isEqualTo("XQW448120937");
    }

    @Test
    void aMedicaidPlansSubstanceUsePriorAuthorizationDenial() throws Exception {
        Extraction e = DenialTextExtractor.extract(letter("medicaid-sud-preservice.txt"));
        assertThat(v(e, Field.PATIENT_NAME)).isEqualTo("Marcus T. Bell");
        assertThat(v(e, Field.DATE_OF_BIRTH)).isEqualTo(LocalDate.of(1988, 7, 9));
        assertThat(v(e, Field.MEMBER_ID)).isEqualTo("9981-22-4410");
        assertThat(v(e, Field.REFERENCE_NUMBER)).isEqualTo("UM-55120");
        assertThat(v(e, Field.NOTICE_DATE)).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(v(e, Field.DENIAL_TYPE)).isEqualTo(DenialType.PRE_SERVICE);
        assertThat(v(e, Field.LEVEL_OF_CARE)).isEqualTo(LevelOfCare.IOP_SUBSTANCE_USE);
        assertThat(v(e, Field.PLAN_TYPE)).isEqualTo(PlanType.MEDICAID_MCO);
        assertThat(v(e, Field.CRITERIA_SET)).isEqualTo(CriteriaSet.ASAM);
        assertThat(v(e, Field.UNITS_REQUESTED)).isEqualTo(24);
        assertThat(v(e, Field.UNITS_DENIED)).isEqualTo(24);
        assertThat(v(e, Field.UNIT_KIND)).isEqualTo(UnitKind.SESSIONS);
        assertThat(v(e, Field.REVIEWER)).isEqualTo("Dr. Priya Natarajan");
        assertThat((String) v(e, Field.REVIEWER_CREDENTIALS))
                .startsWith("MD, board-certified in addiction medicine");
        assertThat((String) v(e, Field.RATIONALE))
                .startsWith("The information sent does not show")
                .endsWith("can safely meet your needs.");
    }

    @Test
    void aMedicareAdvantageClaimDenialWithItsDatesOfService() throws Exception {
        Extraction e = DenialTextExtractor.extract(letter("ma-post-service.txt"));
        assertThat(v(e, Field.PATIENT_NAME)).isEqualTo("Eleanor Whitcomb");
        assertThat(v(e, Field.MEMBER_ID)).isEqualTo("H44102-889");
        assertThat(v(e, Field.CLAIM_NUMBER)).isEqualTo("CLM-2026-000771");
        assertThat(v(e, Field.NOTICE_DATE)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(v(e, Field.DENIAL_TYPE)).isEqualTo(DenialType.POST_SERVICE);
        assertThat(v(e, Field.PLAN_TYPE)).isEqualTo(PlanType.MEDICARE_ADVANTAGE);
        assertThat(v(e, Field.CRITERIA_SET)).isEqualTo(CriteriaSet.INTERQUAL);
        assertThat(v(e, Field.START_DATE)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(v(e, Field.END_DATE)).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(v(e, Field.LEVEL_OF_CARE)).isEqualTo(LevelOfCare.IOP_MENTAL_HEALTH);
        assertThat((String) v(e, Field.RATIONALE))
                .startsWith("Payment is denied because")
                .contains("were medically necessary.")
                .endsWith("could be treated in routine outpatient care.");
        // No name after "Sincerely": no reviewer is made up.
        assertThat(e.value(Field.REVIEWER)).isEmpty();
        assertThat(e.value(Field.DATE_OF_BIRTH)).isEmpty();
    }

    @Test
    void whatALetterDoesNotSayIsNotInventedAndWhatItSaysTwiceDifferentlyIsLeftToTheClinician()
            throws Exception {
        Extraction sparse = DenialTextExtractor.extract(letter("individual-unknown-name.txt"));
        assertThat(sparse.value(Field.PATIENT_NAME)).isEmpty();
        assertThat(sparse.value(Field.MEMBER_ID)).isEmpty();
        assertThat(v(sparse, Field.NOTICE_DATE)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(v(sparse, Field.PLAN_TYPE)).isEqualTo(PlanType.INDIVIDUAL);
        assertThat(v(sparse, Field.LEVEL_OF_CARE)).isEqualTo(LevelOfCare.PHP);
        assertThat(v(sparse, Field.CRITERIA_SET)).isEqualTo(CriteriaSet.MCG);
        assertThat(v(sparse, Field.DENIAL_TYPE)).isEqualTo(DenialType.CONCURRENT);

        Extraction two = DenialTextExtractor.extract(letter("two-dates-two-ids.txt"));
        assertThat(two.value(Field.NOTICE_DATE)).isEmpty();
        assertThat(two.candidates(Field.NOTICE_DATE))
                .extracting(Extracted::value)
                .containsExactly(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12));
        assertThat(two.ambiguous(Field.MEMBER_ID)).isTrue();
        assertThat(two.candidates(Field.MEMBER_ID))
                .extracting(Extracted::value)
                .containsExactly("AB12345", "ZZ99887");

        assertThat(DenialTextExtractor.extract("").isEmpty()).isTrue();
        assertThat(
                        DenialTextExtractor.extract("Call us at 800-555-0100. NPI: 1234567893.")
                                .fields())
                .doesNotContain(Field.MEMBER_ID, Field.NOTICE_DATE, Field.PATIENT_NAME);
    }

    @Test
    void theConfirmedValuesMakeACaseWithThePlansSponsorshipAndTheLastCoveredDay() throws Exception {
        Extraction e = DenialTextExtractor.extract(letter("erisa-concurrent.txt"));
        CaseFile c = DenialIntake.from(e).toCase();
        assertThat(c.patient().name()).isEqualTo("Daniela Reyes-Whitford");
        assertThat(c.patient().memberId()).isEqualTo("XQW448120937");
        assertThat(c.plan().planType()).contains(PlanType.ERISA_SELF_FUNDED);
        assertThat(c.plan().employerSponsored()).contains(true);
        assertThat(c.clock().lastCoveredDay()).contains(LocalDate.of(2026, 11, 14));
        var d = c.currentDenial().orElseThrow();
        assertThat(d.noticeDate()).contains(LocalDate.of(2026, 11, 16));
        assertThat(d.denialType()).isEqualTo(DenialType.CONCURRENT);
        assertThat(d.rationale()).startsWith("The member has attended");
        assertThat(d.reviewerName()).isEqualTo("K. Alvarez");
        assertThat(
                        DenialIntake.from(
                                        DenialTextExtractor.extract(
                                                letter("individual-unknown-name.txt")))
                                .complete())
                .isFalse();
    }
}

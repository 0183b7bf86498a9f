package org.overturn.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.cases.PlanType;

class CaseRowFoldTest {

    /** The rule as first written, with a regular expression: the fast fold must agree with it. */
    private static String reference(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('ł', 'l')
                .replace('Ł', 'L')
                .replace('ø', 'o')
                .replace('Ø', 'O')
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    private static final List<String> SAMPLES =
            List.of(
                    "",
                    "Daniela REYES",
                    "Nguyễn Thị Ánh",
                    "Łukasz Żółć",
                    "Δημήτρης ΠΑΠΑΔΟΠΟΥΛΟΣ",
                    "ΟΔΟΣ",
                    "Иван Петров",
                    "Zoë Ørsted",
                    "Đặng",
                    "e\u0301 combining after ASCII",
                    "İstanbul",
                    "ﬁnance ligature",
                    "𝐀 math bold",
                    "Tomás O'Brien-Smith 42",
                    "IOP — mental health · 03/14/2027");

    @Test
    void agreesWithTheUnicodeRuleOnNamesFromManyScripts() {
        for (String s : SAMPLES) {
            assertThat(CaseRow.fold(s)).as(s).isEqualTo(reference(s));
        }
    }

    @Test
    void agreesWithTheUnicodeRuleOnRandomMixesOfAsciiAndOtherLetters() {
        String pool = "aZ 9-'ÁéłŁøØđĐΣσςΔЖжİıßﬁ\u0301\u0308ǅ";
        Random r = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                b.append(pool.charAt(r.nextInt(pool.length())));
            }
            String s = b.toString();
            assertThat(CaseRow.fold(s)).as(s).isEqualTo(reference(s));
        }
    }

    @Test
    void foldsFieldByFieldAsTheWholeKeyWouldFold() {
        StringBuilder key = new StringBuilder();
        for (String s : SAMPLES) {
            key.append('\u0000');
            CaseRow.appendFolded(key, s);
        }
        assertThat(key.toString()).isEqualTo(reference("\u0000" + String.join("\u0000", SAMPLES)));
    }

    @Test
    void aRowsSearchKeyIsItsShownTextsFoldedInOne() {
        CaseSummary s =
                new CaseSummary(
                        42,
                        "Zoë Ørsted",
                        "Blue Cross Ünited",
                        Optional.of(PlanType.ERISA_SELF_FUNDED),
                        Optional.of(LevelOfCare.IOP_MENTAL_HEALTH),
                        CaseStatus.DENIED,
                        Optional.of(LocalDate.of(2026, 11, 2)),
                        Instant.parse("2026-11-03T10:00:00Z"),
                        NextDeadline.parse("appeal-file-by", "File the Appeal", "2027-05-01"));
        List<CaseRow> rows = CaseRow.all(List.of(s, s), LocalDateTime.of(2026, 12, 4, 9, 0));

        String expected =
                reference(
                        String.join(
                                "\u0000",
                                "42",
                                s.patientName(),
                                s.payerName(),
                                rows.get(0).planType(),
                                rows.get(0).levelOfCare(),
                                rows.get(0).status(),
                                "11/02/2026",
                                "erisa-self-funded",
                                "File the Appeal"));
        assertThat(rows.get(0).searchKey()).isEqualTo(expected);
        assertThat(rows.get(1).searchKey()).isEqualTo(expected);
        assertThat(rows.get(0).matches(new String[] {"orsted", "united", "appeal"})).isTrue();
    }

    @Test
    void rowsAndFiltersAreEqualExactlyWhenEveryPartIs() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 4, 9, 0);
        CaseSummary a =
                new CaseSummary(
                        7,
                        "A",
                        "",
                        Optional.empty(),
                        Optional.empty(),
                        CaseStatus.DENIED,
                        Optional.empty(),
                        Instant.EPOCH);
        CaseRow r = CaseRow.of(a, now);
        assertThat(CaseRow.of(a, now)).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(CaseRow.of(a, now.plusDays(1))).isEqualTo(r);
        CaseSummary later =
                new CaseSummary(
                        7,
                        "A",
                        "",
                        Optional.empty(),
                        Optional.empty(),
                        CaseStatus.DENIED,
                        Optional.empty(),
                        Instant.EPOCH.plusSeconds(1));
        assertThat(CaseRow.of(later, now)).isNotEqualTo(r);
        assertThat(CaseRow.of(a, now)).isNotEqualTo(a);

        assertThat(StatusFilter.choices()).isEqualTo(StatusFilter.choices());
        assertThat(StatusFilter.choices()).doesNotHaveDuplicates();
        assertThat(StatusFilter.choices().get(2).hashCode())
                .isEqualTo(StatusFilter.choices().get(2).hashCode());
    }
}

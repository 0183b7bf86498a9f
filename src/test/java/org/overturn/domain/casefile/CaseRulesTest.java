package org.overturn.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.Patient;

class CaseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 14, 30);

    @ParameterizedTest
    @CsvSource({
        "2026-11-27, is in the future",
        "2100-01-01, is in the future",
        "1899-12-31, is before 01/01/1900",
        "1066-10-14, is before 01/01/1900"
    })
    void anImpossibleDateOfBirthIsRefusedWithItsReason(LocalDate dob, String reason) {
        assertThat(CaseRules.checkDateOfBirth(dob, TODAY))
                .hasValueSatisfying(
                        m -> {
                            // Dates read as on every screen, never ISO.
                            assertThat(m)
                                    .contains(DateTimeFormatter.ofPattern("MM/dd/uuuu").format(dob))
                                    .doesNotContain(dob.toString())
                                    .contains(reason);
                        });
    }

    @ParameterizedTest
    @CsvSource({"2026-11-26", "1900-01-01", "1987-09-03"})
    void aPossibleDateOfBirthIsAccepted(LocalDate dob) {
        assertThat(CaseRules.checkDateOfBirth(dob, TODAY)).isEmpty();
    }

    @Test
    void aReceivedMomentInTheFutureIsRefusedButNowIsAccepted() {
        assertThat(CaseRules.checkReceived(NOW.plusMinutes(1), NOW))
                .hasValue("Date received 11/26/2026 is in the future.");
        assertThat(CaseRules.checkReceived(NOW.plusDays(3), NOW))
                .hasValueSatisfying(m -> assertThat(m).contains("11/29/2026"));
        assertThat(CaseRules.checkReceived(NOW, NOW)).isEmpty();
        assertThat(CaseRules.checkReceived(NOW.minusYears(1), NOW)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2027-11-27, more than a year ahead", "1999-12-31, before 2000"})
    void anImplausibleNoticeDateIsRefused(LocalDate notice, String reason) {
        assertThat(CaseRules.checkNoticeDate(notice, TODAY))
                .hasValueSatisfying(m -> assertThat(m).contains(reason));
    }

    @Test
    void aDayOfCareMoreThanAYearAheadIsRefusedAndAYearAheadAccepted() {
        assertThat(CaseRules.checkServiceDate(TODAY.plusYears(1), TODAY)).isEmpty();
        assertThat(CaseRules.checkServiceDate(TODAY.minusYears(3), TODAY)).isEmpty();
        assertThat(CaseRules.checkServiceDate(TODAY.plusYears(1).plusDays(1), TODAY))
                .hasValue("Date of service 11/27/2027 is more than a year ahead.");
    }

    @Test
    void requestedAndAuthorizedDaysFarAheadAreNamedWhereTheyAre() {
        CaseFile base = CaseFixtures.fullCase("x");
        Denial d =
                base.denials().get(0).withEndDateRequested(Optional.of(LocalDate.of(2036, 11, 26)));
        CaseFile c =
                base.withDenials(List.of(d))
                        .withAuthorizations(
                                List.of(AuthorizationPeriod.of(TODAY, LocalDate.of(2028, 1, 1))));

        assertThat(CaseRules.problems(c, NOW))
                .containsExactly(
                        "denials[0].endDateRequested: Date of service 11/26/2036 is more than a year ahead.",
                        "authorizations[0].lastDay: Date of service 01/01/2028 is more than a year ahead.");
    }

    @Test
    void aSoundCaseHasNoProblems() {
        assertThat(CaseRules.problems(CaseFixtures.fullCase("x"), NOW)).isEmpty();
    }

    @Test
    void problemsNameWhereEachOneIs() {
        CaseFile base = CaseFixtures.fullCase("x");
        Patient futureBorn = new Patient("A", Optional.of(TODAY.plusDays(1)), "", "", "");
        Denial ok = CaseFixtures.denial("ok", "x");
        Denial future =
                new Denial(
                        "later",
                        Optional.of(LocalDate.of(1999, 1, 1)),
                        Optional.of(NOW.plusHours(2)),
                        ok.receivedBy(),
                        ok.denialType(),
                        false,
                        ok.levelOfCare(),
                        List.of(),
                        List.of(),
                        null,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        null,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "");
        CaseFile c = base.withPatient(futureBorn).withDenials(List.of(ok, future));

        List<String> problems = CaseRules.problems(c, NOW);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("patient.dateOfBirth: ").contains("in the future");
        assertThat(problems.get(1)).startsWith("denials[1].receivedAt: ").contains("in the future");
        assertThat(problems.get(2)).startsWith("denials[1].noticeDate: ").contains("before 2000");
    }
}

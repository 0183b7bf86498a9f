package org.overturn.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatientTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void anEmptyPatientNameIsRefused(String name) {
        assertThatThrownBy(() -> Patient.named(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("patient name is required");
    }

    @Test
    void nullTextBecomesEmptyAndNameIsStripped() {
        Patient p = new Patient("  Иван  ", null, null, null, null);

        assertThat(p.name()).isEqualTo("Иван");
        assertThat(p.dateOfBirth()).isEmpty();
        assertThat(p.memberId()).isEmpty();
        assertThat(p.groupNumber()).isEmpty();
        assertThat(p.state()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "Cal", "California", "ZZ", "U"})
    void anUnknownStateCodeIsRefused(String code) {
        assertThatThrownBy(() -> new Patient("A", Optional.empty(), "", "", code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + code + "'")
                .hasMessageContaining("not a US state");
    }

    @ParameterizedTest
    @CsvSource({"ca,CA", "' ny ',NY", "Pr,PR", "dc,DC"})
    void aKnownStateCodeIsNormalisedToUpperCase(String given, String expected) {
        assertThat(new Patient("A", Optional.empty(), "", "", given).state()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nguyễn Thị Ánh|N.T.Á.",
                "Łukasz Żółć|Ł.Ż.",
                "łukasz żółć|Ł.Ż.",
                "Δημήτρης|Δ.",
                "Иван Петров|И.П.",
                "Daniela Reyes-Whitford|D.R.W.",
                "'  Ana   María  '|A.M.",
                "𝒜lice Smith|𝒜.S."
            })
    void initialsTakeTheFirstLetterOfEachNamePartInAnyScript(String name, String initials) {
        assertThat(Patient.named(name).initials()).isEqualTo(initials);
    }

    @Test
    void ageIsCountedInWholeYears() {
        Patient p = new Patient("A", Optional.of(LocalDate.of(2000, 6, 15)), "", "", "");

        assertThat(p.ageOn(LocalDate.of(2026, 6, 14))).contains(25);
        assertThat(p.ageOn(LocalDate.of(2026, 6, 15))).contains(26);
        assertThat(Patient.named("B").ageOn(LocalDate.of(2026, 1, 1))).isEmpty();
    }
}

package org.overturn.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.LevelOfCare;

class InstrumentSuggestionTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static InstrumentSuggestion suggest(LevelOfCare loc, int age) {
        return InstrumentSuggestion.forCase(
                Optional.ofNullable(loc), Optional.of(TODAY.minusYears(age)), TODAY);
    }

    @ParameterizedTest(name = "{0}, age {1} -> {2}")
    @CsvSource({
        "IOP_MENTAL_HEALTH, 40, LOCUS",
        "IOP_MENTAL_HEALTH, 19, LOCUS",
        "IOP_MENTAL_HEALTH, 18, CALOCUS",
        "ADOLESCENT_IOP, 15, CALOCUS",
        "IOP_MENTAL_HEALTH, 6, CALOCUS",
        "IOP_SUBSTANCE_USE, 40, ASAM",
        "IOP_SUBSTANCE_USE, 16, ASAM",
        "PHP, 30, LOCUS",
    })
    void suggestsOneInstrumentFromLevelOfCareAndAge(LevelOfCare loc, int age, Instrument expected) {
        assertThat(suggest(loc, age).instruments()).containsExactly(expected);
    }

    @Test
    void coOccurringCareNeedsAsamAndTheMentalHealthInstrumentForTheAge() {
        assertThat(suggest(LevelOfCare.IOP_CO_OCCURRING, 35).instruments())
                .containsExactly(Instrument.ASAM, Instrument.LOCUS);
        assertThat(suggest(LevelOfCare.IOP_CO_OCCURRING, 16).instruments())
                .containsExactly(Instrument.ASAM, Instrument.CALOCUS);
    }

    @Test
    void suggestsNothingUnderSixAndSaysWhy() {
        InstrumentSuggestion s = suggest(LevelOfCare.IOP_MENTAL_HEALTH, 5);
        assertThat(s.instruments()).isEmpty();
        assertThat(s.reasons()).anyMatch(r -> r.contains("ECSII"));
    }

    @Test
    void countsAgeInWholeYearsSoTheDayBeforeTheNineteenthBirthdayIsStillCalocus() {
        LocalDate dob = TODAY.minusYears(19).plusDays(1);
        assertThat(
                        InstrumentSuggestion.forCase(
                                        Optional.of(LevelOfCare.IOP_MENTAL_HEALTH),
                                        Optional.of(dob),
                                        TODAY)
                                .instruments())
                .containsExactly(Instrument.CALOCUS);
    }

    @Test
    void assumesAnAdultWithoutADateOfBirthAndSaysSo() {
        InstrumentSuggestion s =
                InstrumentSuggestion.forCase(Optional.empty(), Optional.empty(), TODAY);
        assertThat(s.instruments()).containsExactly(Instrument.LOCUS);
        assertThat(s.reasons()).anyMatch(r -> r.contains("No date of birth"));
    }
}

package org.overturn.domain.casefile;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Dates that can be true but rarely are: a warning beside the field, never a refusal (CaseRules
 * refuses the impossible ones). Each names the date as the screens show it and says what to check.
 */
public final class DatePlausibility {

    /** Older than this, an age is more likely a mistyped year. */
    public static final int OLDEST_LIKELY_AGE = 100;

    /** A denial notice older than this is past most appeal windows: more likely a mistyped year. */
    public static final int NOTICE_YEARS_BACK = 2;

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private DatePlausibility() {}

    public static Optional<String> noticeDate(LocalDate notice, LocalDate today) {
        if (notice.isAfter(today)) {
            return Optional.of(
                    "Notice date "
                            + US.format(notice)
                            + " is in the future: check the year (saved).");
        }
        if (notice.isBefore(today.minusYears(NOTICE_YEARS_BACK))) {
            return Optional.of(
                    "Notice date "
                            + US.format(notice)
                            + " is more than "
                            + NOTICE_YEARS_BACK
                            + " years ago: check the year (saved).");
        }
        return Optional.empty();
    }

    public static Optional<String> dateOfBirth(LocalDate dob, LocalDate today) {
        int age = Period.between(dob, today).getYears();
        if (!dob.isAfter(today) && age > OLDEST_LIKELY_AGE) {
            return Optional.of(
                    "Date of birth "
                            + US.format(dob)
                            + " makes the patient "
                            + age
                            + " years old: check the year (saved).");
        }
        return Optional.empty();
    }
}

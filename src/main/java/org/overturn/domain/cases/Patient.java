package org.overturn.domain.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * The patient. Only the name is required; the rest is filled as it becomes known.
 *
 * @param state the patient's state of residence (two-letter code, or "")
 */
public record Patient(
        String name,
        Optional<LocalDate> dateOfBirth,
        String memberId,
        String groupNumber,
        String state) {

    public Patient {
        name = Text.require(name, "patient name");
        dateOfBirth = Text.opt(dateOfBirth);
        memberId = Text.clean(memberId);
        groupNumber = Text.clean(groupNumber);
        state = UsStates.normalise(state, "patient state");
    }

    public static Patient named(String name) {
        return new Patient(name, Optional.empty(), "", "", "");
    }

    /** Age in whole years on the given day, when the date of birth is known. */
    public Optional<Integer> ageOn(LocalDate day) {
        return dateOfBirth.map(dob -> Period.between(dob, day).getYears());
    }

    /** Initials only, for places that must not carry the full name (calendar exports). */
    public String initials() {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[\\s\\-]+")) {
            if (!part.isEmpty()) {
                sb.appendCodePoint(part.codePointAt(0)).append('.');
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}

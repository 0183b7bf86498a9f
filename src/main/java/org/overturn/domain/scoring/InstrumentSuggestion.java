package org.overturn.domain.scoring;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Text;

/**
 * Which instruments to score a case with: ASAM for substance use, LOCUS for adults, CALOCUS-CASII
 * for ages 6–18; a co-occurring case gets both ASAM and the mental-health instrument. The clinician
 * can always change it.
 *
 * @param instruments in the order to offer them; empty when none fits (e.g. a child under 6: ECSII,
 *     not in the app)
 * @param reasons why, in plain words
 */
public record InstrumentSuggestion(List<Instrument> instruments, List<String> reasons) {

    public static final int CALOCUS_MIN_AGE = 6;
    public static final int CALOCUS_MAX_AGE = 18;

    public InstrumentSuggestion {
        instruments = Text.list(instruments);
        reasons = Text.list(reasons);
    }

    public static InstrumentSuggestion forCase(
            Optional<LevelOfCare> levelOfCare, Optional<LocalDate> dateOfBirth, LocalDate today) {
        List<Instrument> out = new ArrayList<>();
        List<String> why = new ArrayList<>();
        Optional<LevelOfCare> loc = Text.opt(levelOfCare);
        if (loc.map(LevelOfCare::involvesSubstanceUse).orElse(false)) {
            out.add(Instrument.ASAM);
            why.add("Substance-use level of care: ASAM dimensions.");
            if (loc.get() != LevelOfCare.IOP_CO_OCCURRING) {
                return new InstrumentSuggestion(out, why);
            }
            why.add("Co-occurring care: rate the mental-health side as well.");
        }
        Optional<Integer> age =
                Text.opt(dateOfBirth).map(dob -> Period.between(dob, today).getYears());
        if (age.isEmpty()) {
            if (loc.orElse(null) == LevelOfCare.ADOLESCENT_IOP) {
                out.add(Instrument.CALOCUS);
                why.add("Adolescent IOP and no date of birth: CALOCUS-CASII (ages 6–18).");
            } else {
                out.add(Instrument.LOCUS);
                why.add(
                        "No date of birth: LOCUS, assuming an adult; enter the date of birth to check.");
            }
        } else if (age.get() < CALOCUS_MIN_AGE) {
            why.add(
                    "Age "
                            + age.get()
                            + ": under 6, where ECSII applies; the app does not score ECSII.");
        } else if (age.get() <= CALOCUS_MAX_AGE) {
            out.add(Instrument.CALOCUS);
            why.add(
                    "Age "
                            + age.get()
                            + ": CALOCUS-CASII covers ages 6–18."
                            + (age.get() == 18
                                    ? " Some payers apply LOCUS from 18; check the plan's criteria."
                                    : ""));
        } else {
            out.add(Instrument.LOCUS);
            why.add("Age " + age.get() + ": adult, LOCUS.");
        }
        return new InstrumentSuggestion(out, why);
    }
}

package org.overturn.domain.scoring;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Text;
import org.overturn.domain.wording.Wording;

/**
 * Which instruments to score a case with: ASAM for substance use, LOCUS for adults, CALOCUS-CASII
 * for ages 6–18; a co-occurring case gets both ASAM and the mental-health instrument. The clinician
 * can always change it.
 *
 * @param instruments in the order to offer them; empty when none fits (e.g. a child under 6: ECSII,
 *     not in the app)
 * @param reasons why, in plain words (in the wording file {@code scoring}, under {@code suggest.})
 */
public record InstrumentSuggestion(List<Instrument> instruments, List<String> reasons) {

    public static final int CALOCUS_MIN_AGE = 6;
    public static final int CALOCUS_MAX_AGE = 18;

    private static final Wording WORDS = Wording.of("scoring");

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
            why.add(WORDS.text("suggest.substanceUse"));
            if (loc.get() != LevelOfCare.IOP_CO_OCCURRING) {
                return new InstrumentSuggestion(out, why);
            }
            why.add(WORDS.text("suggest.coOccurring"));
        }
        Optional<Integer> age =
                Text.opt(dateOfBirth).map(dob -> Period.between(dob, today).getYears());
        if (age.isEmpty()) {
            if (loc.orElse(null) == LevelOfCare.ADOLESCENT_IOP) {
                out.add(Instrument.CALOCUS);
                why.add(WORDS.text("suggest.adolescentNoBirthDate"));
            } else {
                out.add(Instrument.LOCUS);
                why.add(WORDS.text("suggest.noBirthDate"));
            }
        } else if (age.get() < CALOCUS_MIN_AGE) {
            why.add(WORDS.fill("suggest.underSix", "age", age.get()));
        } else if (age.get() <= CALOCUS_MAX_AGE) {
            out.add(Instrument.CALOCUS);
            why.add(
                    WORDS.fill(
                            age.get() == 18 ? "suggest.eighteen" : "suggest.child",
                            "age",
                            age.get()));
        } else {
            out.add(Instrument.LOCUS);
            why.add(WORDS.fill("suggest.adult", "age", age.get()));
        }
        return new InstrumentSuggestion(out, why);
    }
}

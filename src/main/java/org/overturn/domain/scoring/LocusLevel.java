package org.overturn.domain.scoring;

import java.util.Arrays;
import java.util.Optional;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * LOCUS levels of care 0–6 with the names used by SmartCare and clinics (reference §1.4). CALOCUS
 * 1.5 used the same names; the CASII names differ and are unverified, so the app shows these for
 * both. Each level's name is in the wording file {@code scoring-letter} (the letter writes it),
 * under {@code locusLevel.} and its number.
 */
public enum LocusLevel implements HasId {
    LEVEL_0(0),
    LEVEL_1(1),
    LEVEL_2(2),
    LEVEL_3(3),
    LEVEL_4(4),
    LEVEL_5(5),
    LEVEL_6(6);

    /** IOP sits at LOCUS Level 3 ("sometimes called intensive outpatient"). */
    public static final LocusLevel IOP = LEVEL_3;

    private static final Wording WORDS = Wording.of("scoring-letter");
    private static final String NAME = "locusLevel.";

    private final int number;

    LocusLevel(int number) {
        this.number = number;
    }

    @Override
    public String id() {
        return "level-" + number;
    }

    @Override
    public String label() {
        return WORDS.text(NAME + number);
    }

    public int number() {
        return number;
    }

    /** "Level 3: High Intensity Community Based Services". */
    public String title() {
        return WORDS.fill("locusLevel.title", "number", number, "name", label());
    }

    /** The code kept in overrides and licensed-grid entries: the level number as text. */
    public String code() {
        return String.valueOf(number);
    }

    public static LocusLevel of(int number) {
        if (number < 0 || number > 6) {
            throw new IllegalArgumentException("LOCUS level must be 0 to 6, not " + number);
        }
        return values()[number];
    }

    public static Optional<LocusLevel> fromCode(String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(values())
                .filter(l -> l.code().equals(c) || l.id().equals(c))
                .findFirst();
    }
}

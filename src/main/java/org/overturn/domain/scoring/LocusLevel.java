package org.overturn.domain.scoring;

import java.util.Arrays;
import java.util.Optional;
import org.overturn.domain.cases.HasId;

/**
 * LOCUS levels of care 0–6 with the names used by SmartCare and clinics (reference §1.4). CALOCUS
 * 1.5 used the same names; the CASII names differ and are unverified, so the app shows these for
 * both.
 */
public enum LocusLevel implements HasId {
    LEVEL_0(0, "Basic Services"),
    LEVEL_1(1, "Recovery Maintenance and Health Management"),
    LEVEL_2(2, "Low Intensity Community Based Services"),
    LEVEL_3(3, "High Intensity Community Based Services"),
    LEVEL_4(4, "Medically Monitored Non-Residential Services"),
    LEVEL_5(5, "Medically Monitored Residential Services"),
    LEVEL_6(6, "Medically Managed Residential Services");

    /** IOP sits at LOCUS Level 3 ("sometimes called intensive outpatient"). */
    public static final LocusLevel IOP = LEVEL_3;

    private final int number;
    private final String name;

    LocusLevel(int number, String name) {
        this.number = number;
        this.name = name;
    }

    @Override
    public String id() {
        return "level-" + number;
    }

    @Override
    public String label() {
        return name;
    }

    public int number() {
        return number;
    }

    /** "Level 3: High Intensity Community Based Services". */
    public String title() {
        return "Level " + number + ": " + name;
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

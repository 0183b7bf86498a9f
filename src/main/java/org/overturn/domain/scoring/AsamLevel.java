package org.overturn.domain.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.cases.HasId;

/**
 * ASAM third-edition adult levels of care (reference §3.1), for overrides and the insurer's stated
 * level. Fourth-edition levels differ (1.5, 1.7, 2.7 …) and will get their own enum rather than be
 * printed over third-edition ratings.
 */
public enum AsamLevel implements HasId {
    L0_5("0.5", "Early Intervention"),
    L1("1", "Outpatient"),
    L1_WM("1-WM", "Ambulatory withdrawal management without extended on-site monitoring"),
    L2_WM("2-WM", "Ambulatory withdrawal management with extended on-site monitoring"),
    L2_1("2.1", "Intensive Outpatient"),
    L2_5("2.5", "Partial Hospitalization"),
    L3_1("3.1", "Clinically Managed Low-Intensity Residential"),
    L3_2_WM("3.2-WM", "Clinically managed residential withdrawal management"),
    L3_3("3.3", "Clinically Managed Population-Specific High-Intensity Residential"),
    L3_5("3.5", "Clinically Managed High-Intensity Residential"),
    L3_7("3.7", "Medically Monitored Intensive Inpatient"),
    L3_7_WM("3.7-WM", "Medically monitored inpatient withdrawal management"),
    L4("4", "Medically Managed Intensive Inpatient"),
    L4_WM("4-WM", "Medically managed intensive inpatient withdrawal management");

    public static final AsamLevel IOP = L2_1;

    private final String code;
    private final String name;

    AsamLevel(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** Kebab-case id for files: "level-2-1", "level-3-7-wm". */
    @Override
    public String id() {
        return "level-" + code.replace('.', '-').toLowerCase(Locale.ROOT);
    }

    @Override
    public String label() {
        return name;
    }

    public String code() {
        return code;
    }

    public String title() {
        return "Level " + code + ": " + name;
    }

    public static Optional<AsamLevel> fromCode(String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(c) || l.id().equals(c))
                .findFirst();
    }
}

package org.overturn.domain.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * ASAM third-edition adult levels of care (reference §3.1), for overrides and the insurer's stated
 * level. Fourth-edition levels differ (1.5, 1.7, 2.7 …) and will get their own enum rather than be
 * printed over third-edition ratings. Each level's name is in the wording file {@code scoring},
 * under {@code asamLevel.} and its id.
 */
public enum AsamLevel implements HasId {
    L0_5("0.5"),
    L1("1"),
    L1_WM("1-WM"),
    L2_WM("2-WM"),
    L2_1("2.1"),
    L2_5("2.5"),
    L3_1("3.1"),
    L3_2_WM("3.2-WM"),
    L3_3("3.3"),
    L3_5("3.5"),
    L3_7("3.7"),
    L3_7_WM("3.7-WM"),
    L4("4"),
    L4_WM("4-WM");

    public static final AsamLevel IOP = L2_1;

    private static final Wording WORDS = Wording.of("scoring");
    private static final String NAME = "asamLevel.";

    private final String code;

    AsamLevel(String code) {
        this.code = code;
    }

    /** Kebab-case id for files: "level-2-1", "level-3-7-wm". */
    @Override
    public String id() {
        return "level-" + code.replace('.', '-').toLowerCase(Locale.ROOT);
    }

    @Override
    public String label() {
        return WORDS.text(NAME + id());
    }

    public String code() {
        return code;
    }

    public String title() {
        return WORDS.fill("asamLevel.title", "code", code, "name", label());
    }

    public static Optional<AsamLevel> fromCode(String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(c) || l.id().equals(c))
                .findFirst();
    }
}

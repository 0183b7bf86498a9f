package org.overturn.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymbolsTest {

    @Test
    void emojiAndDingbatsArePictographsAndLettersOfAnyScriptAreNot() {
        assertThat(Symbols.pictograph("👍".codePointAt(0))).isTrue();
        assertThat(Symbols.pictograph("☺".codePointAt(0))).isTrue();
        assertThat(Symbols.pictograph("✅".codePointAt(0))).isTrue();
        assertThat(Symbols.pictograph('A')).isFalse();
        assertThat(Symbols.pictograph("ễ".codePointAt(0))).isFalse();
        assertThat(Symbols.pictograph("漢".codePointAt(0))).isFalse();
        assertThat(Symbols.pictograph('–')).isFalse();
    }

    @Test
    void eachPictographIsNamedOnceInOrderAndModifiersAreNotSymbolsOfTheirOwn() {
        assertThat(Symbols.pictographNames("ok 👍🏽 then 😀 and 👍 again"))
                .containsExactly("[thumbs up sign]", "[grinning face]");
        assertThat(Symbols.invisibleModifier(0x1F3FD)).isTrue();
        assertThat(Symbols.invisibleModifier(0x200D)).isTrue();
        assertThat(Symbols.pictographNames("Nguyễn Thị Ánh, 11/20/2026")).isEmpty();
        assertThat(Symbols.name('A')).isEmpty();
    }
}

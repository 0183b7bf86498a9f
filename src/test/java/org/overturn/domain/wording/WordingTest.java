package org.overturn.domain.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordingTest {

    private final Wording words = Wording.of("test-sample");

    @Test
    void fillsEachSlotByNameWhereverItStands() {
        assertThat(words.fill("greeting", "who", "Dr. Rivera", "day", "Monday"))
                .isEqualTo("On Monday, Dr. Rivera's patient was seen by Dr. Rivera.");
    }

    @Test
    void keepsApostrophesAndNonAsciiTextAsWritten() {
        assertThat(words.text("plain")).isEqualTo("The plan's reviewer didn't call — ever.");
    }

    @Test
    void refusesASlotLeftEmpty() {
        assertThatThrownBy(() -> words.fill("greeting", "who", "A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test-sample/greeting")
                .hasMessageContaining("{day}");
    }

    @Test
    void refusesAValueForASlotTheTemplateDoesNotHave() {
        assertThatThrownBy(() -> words.fill("plain", "who", "A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no slot {who}");
    }

    @Test
    void refusesANullValueAndAnOddArgumentList() {
        assertThatThrownBy(() -> words.fill("greeting", "who", null, "day", "x"))
                .hasMessageContaining("is null");
        assertThatThrownBy(() -> words.fill("greeting", "who"))
                .hasMessageContaining("a slot without a value");
    }

    @Test
    void refusesAnUnknownKeyAndAnUnknownFile() {
        assertThatThrownBy(() -> words.text("nope")).hasMessageContaining("no nope");
        assertThatThrownBy(() -> Wording.of("no-such-file"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listsKeysAndSlots() {
        assertThat(words.keys()).containsExactly("greeting", "plain");
        assertThat(words.slots("greeting")).containsExactly("day", "who");
        assertThat(words.has("plain")).isTrue();
        assertThat(words.has("nope")).isFalse();
    }
}

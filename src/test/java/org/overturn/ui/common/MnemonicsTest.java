package org.overturn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MnemonicsTest {

    @Test
    void theFirstFreeLetterStartingAWordIsPickedThenAnyFreeLetter() {
        Set<Character> taken = new HashSet<>(Set.of('f', 'e', 'h'));
        assertThat(Mnemonics.pick("Export packet…", taken)).isEqualTo(7);
        assertThat(Mnemonics.pick("Edit", taken)).isEqualTo(1);
        taken.addAll(Set.of('d', 'i', 't'));
        assertThat(Mnemonics.pick("Edit", taken)).isEqualTo(-1);
        assertThat(Mnemonics.pick("…", Set.of())).isEqualTo(-1);
        // Letters outside ASCII are not typed with Alt on every keyboard.
        assertThat(Mnemonics.pick("Ändern", Set.of())).isEqualTo(1);
    }

    @Test
    void theMarkerIsReadAndRemoved() {
        assertThat(Mnemonics.mnemonic("_Export packet…")).contains('e');
        assertThat(Mnemonics.mnemonic("Export _packet…")).contains('p');
        assertThat(Mnemonics.mnemonic("snake__case")).isEmpty();
        assertThat(Mnemonics.mnemonic("Export")).isEmpty();
        assertThat(Mnemonics.plain("Export _packet…")).isEqualTo("Export packet…");
        assertThat(Mnemonics.plain("Export packet…")).isEqualTo("Export packet…");
    }
}

package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.overturn.ui.opencase.Section;

/** The sidebar names Ctrl+1…9 for the first nine sections and Ctrl+0 for the tenth. */
class SectionShortcutsTest {

    @Test
    void theSectionsAreNumberedInTheSidebarsOrderWithZeroForTheTenth() {
        assertThat(SectionShortcuts.shortcutOf(Section.values()[0])).isEqualTo("1");
        assertThat(SectionShortcuts.shortcutOf(Section.values()[8])).isEqualTo("9");
        assertThat(SectionShortcuts.shortcutOf(Section.values()[9])).isEqualTo("0");
    }
}

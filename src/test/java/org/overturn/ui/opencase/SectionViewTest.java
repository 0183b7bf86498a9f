package org.overturn.ui.opencase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16, item 1: the sections are registered in one list, each once, none forgotten. */
class SectionViewTest {

    private static List<SectionView> all() {
        List<SectionView> views = new ArrayList<>();
        for (Section s : Section.values()) {
            views.add(new SectionView(s, Object.class, s.name()));
        }
        return views;
    }

    @Test
    void everySectionOnceIsAccepted() {
        assertThat(SectionView.bySection(all())).hasSize(Section.values().length);
    }

    @Test
    void aForgottenSectionOrOneGivenTwiceIsRefused() {
        List<SectionView> missing = all();
        missing.remove(missing.size() - 1);
        assertThatThrownBy(() -> SectionView.bySection(missing))
                .hasMessageContaining("no view for the section");

        List<SectionView> twice = all();
        twice.add(new SectionView(Section.OVERVIEW, Object.class, "Again"));
        assertThatThrownBy(() -> SectionView.bySection(twice))
                .hasMessageContaining("two views for the section OVERVIEW");
    }
}

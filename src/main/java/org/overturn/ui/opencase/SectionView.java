package org.overturn.ui.opencase;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A section of the open case as the composition root registers it: the controller that runs it,
 * loaded from the FXML file of that name beside the controller. The workspace knows sections only
 * through these, so it names no screen and no screen package depends on it.
 */
public record SectionView(Section section, Class<?> controller, String fxml) {

    /** The views by section; every section must have exactly one. */
    public static Map<Section, SectionView> bySection(List<SectionView> views) {
        Map<Section, SectionView> map = new EnumMap<>(Section.class);
        for (SectionView v : views) {
            if (map.put(v.section(), v) != null) {
                throw new IllegalArgumentException("two views for the section " + v.section());
            }
        }
        for (Section s : Section.values()) {
            if (!map.containsKey(s)) {
                throw new IllegalArgumentException("no view for the section " + s);
            }
        }
        return map;
    }
}

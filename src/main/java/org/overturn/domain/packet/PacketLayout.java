package org.overturn.domain.packet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.overturn.domain.cases.Text;

/**
 * The order of the drawn parts and which are left out. A part missing from {@code order} (added by
 * a later version) goes before the first listed part that naturally follows it, else at the end.
 */
public record PacketLayout(List<GeneratedPart> order, List<GeneratedPart> excluded) {

    public PacketLayout {
        List<GeneratedPart> o = new ArrayList<>(Text.list(order).stream().distinct().toList());
        for (GeneratedPart p : GeneratedPart.values()) {
            if (!o.contains(p)) {
                // Before the first listed part that naturally comes after it (the calls before
                // the documentation index), else at the end.
                int at = o.size();
                for (int i = 0; i < o.size(); i++) {
                    if (o.get(i).ordinal() > p.ordinal()) {
                        at = i;
                        break;
                    }
                }
                o.add(at, p);
            }
        }
        order = List.copyOf(o);
        excluded = Text.list(excluded).stream().distinct().sorted().toList();
    }

    public static PacketLayout standard() {
        return new PacketLayout(Arrays.asList(GeneratedPart.values()), List.of());
    }

    public boolean includes(GeneratedPart p) {
        return !excluded.contains(p);
    }

    /** The included parts, in order. */
    public List<GeneratedPart> included() {
        return order.stream().filter(this::includes).toList();
    }

    public PacketLayout moved(GeneratedPart p, int delta) {
        List<GeneratedPart> o = new ArrayList<>(order);
        int i = o.indexOf(p);
        int j = Math.max(0, Math.min(o.size() - 1, i + delta));
        o.remove(i);
        o.add(j, p);
        return new PacketLayout(o, excluded);
    }

    public PacketLayout withExcluded(GeneratedPart p, boolean exclude) {
        List<GeneratedPart> x = new ArrayList<>(excluded);
        x.remove(p);
        if (exclude) {
            x.add(p);
        }
        return new PacketLayout(order, x);
    }
}

package org.overturn.ui.p2p;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.overturn.domain.p2p.PrepSheet;
import org.overturn.ui.common.Messages;

/**
 * Call mode: the points to make as a checklist, and a timer. The timer counts whole seconds while
 * running; the view drives {@link #tick()} once a second, so tests can drive it without waiting.
 */
public final class CallModeViewModel {

    /** One point to tick off during the call. */
    public record Item(String section, String text, BooleanProperty made) {}

    private final List<Item> items = new ArrayList<>();
    private final ReadOnlyIntegerWrapper seconds = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    public CallModeViewModel(PrepSheet sheet) {
        add("p2p.ask", sheet.ask());
        sheet.dimensions().forEach(p -> add("p2p.dimensions", p.label() + " — " + p.text()));
        sheet.lowerLevels().forEach(p -> add("p2p.lowerLevels", p.label() + ": " + p.text()));
        add("p2p.risk", sheet.riskIfStops());
        sheet.objections().forEach(o -> add("p2p.objections", o.answer()));
        sheet.questions().forEach(q -> add("p2p.questions", q));
        sheet.lawPoints().forEach(p -> add("p2p.law", p.text()));
    }

    private void add(String sectionKey, String text) {
        if (!text.isBlank()) {
            items.add(new Item(Messages.get(sectionKey), text, new SimpleBooleanProperty(false)));
        }
    }

    public List<Item> items() {
        return items;
    }

    public ReadOnlyIntegerProperty secondsProperty() {
        return seconds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void startOrPause() {
        running.set(!running.get());
    }

    public void reset() {
        running.set(false);
        seconds.set(0);
    }

    public void tick() {
        if (running.get()) {
            seconds.set(seconds.get() + 1);
        }
    }

    public String elapsed() {
        int s = seconds.get();
        return String.format("%02d:%02d", s / 60, s % 60);
    }

    /** The points ticked, for the call log's notes. */
    public List<String> pointsMade() {
        return items.stream().filter(i -> i.made().get()).map(Item::text).toList();
    }
}

package org.overturn.ui.clock;

import javafx.util.StringConverter;
import org.overturn.domain.deadlines.PeerToPeerWindow;
import org.overturn.ui.common.Messages;

/** The peer-to-peer window's unit as its choice box shows it: hours or days. */
final class UnitNames extends StringConverter<PeerToPeerWindow.Unit> {

    @Override
    public String toString(PeerToPeerWindow.Unit u) {
        return u == null
                ? ""
                : Messages.get(
                        u == PeerToPeerWindow.Unit.HOURS ? "clock.unit.hours" : "clock.unit.days");
    }

    @Override
    public PeerToPeerWindow.Unit fromString(String s) {
        return null;
    }
}

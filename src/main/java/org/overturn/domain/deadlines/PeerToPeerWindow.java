package org.overturn.domain.deadlines;

/**
 * A plan's own window for asking for a peer-to-peer call after a denial (for example "within 24
 * hours" or "within 14 days"). No law sets it; the clinician copies it from the denial letter or
 * the plan's policy.
 */
public record PeerToPeerWindow(int amount, Unit unit) {

    /** Hours run from the moment the denial was received; days are calendar days. */
    public enum Unit {
        HOURS,
        DAYS
    }

    public PeerToPeerWindow {
        if (unit == null) {
            throw new IllegalArgumentException("peer-to-peer window needs hours or days");
        }
        int max = unit == Unit.HOURS ? 24 * 60 : 365;
        if (amount < 1 || amount > max) {
            throw new IllegalArgumentException(
                    "peer-to-peer window must be 1 to " + max + " " + unit.name().toLowerCase());
        }
    }

    public static PeerToPeerWindow hours(int h) {
        return new PeerToPeerWindow(h, Unit.HOURS);
    }

    public static PeerToPeerWindow days(int d) {
        return new PeerToPeerWindow(d, Unit.DAYS);
    }
}

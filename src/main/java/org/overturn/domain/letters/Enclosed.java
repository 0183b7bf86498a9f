package org.overturn.domain.letters;

import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.GeneratedPart;

/**
 * What the packet will actually carry behind the letter, so the letter never claims an enclosure
 * that is absent.
 */
@Outgoing
public final class Enclosed {

    private Enclosed() {}

    /** Whether any exhibit with content or any included enclosure follows the letter. */
    public static boolean anything(CaseFile c) {
        return !c.packet().packetEnclosures().isEmpty()
                || c.packet().layout().included().stream()
                        .anyMatch(
                                p ->
                                        switch (p) {
                                            case SCORES -> !Scores.instruments(c).isEmpty();
                                            case REBUTTAL -> !c.rebuttal().isEmpty();
                                            case HISTORY -> !c.clinical().history().isEmpty();
                                            case CALLS ->
                                                    c.packet().callsExhibit(!c.calls().isEmpty());
                                            case INDEX -> true;
                                            case COVER, LETTER -> false;
                                        });
    }

    /** Whether the ratings exhibit is in the packet. */
    public static boolean ratingsExhibit(CaseFile c) {
        return c.packet().layout().included().contains(GeneratedPart.SCORES)
                && !Scores.instruments(c).isEmpty();
    }
}

package org.overturn.domain.p2p;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * The one-page peer-to-peer prep sheet, as content: every part comes from the case, nothing is
 * retyped. Rendering (screen, call mode, PDF) decides what fits; what doesn't fit is named, never
 * cut silently.
 */
public record PrepSheet(
        String title,
        String ask,
        String summary,
        List<Point> dimensions,
        List<Point> lowerLevels,
        String riskIfStops,
        List<Objection> objections,
        List<String> questions,
        List<Point> lawPoints,
        List<Point> deadlines,
        String deadlineReminder) {

    public PrepSheet {
        title = Text.clean(title);
        ask = Text.clean(ask);
        summary = Text.clean(summary);
        dimensions = Text.list(dimensions);
        lowerLevels = Text.list(lowerLevels);
        riskIfStops = Text.body(riskIfStops);
        objections = Text.list(objections);
        questions = Text.list(questions);
        lawPoints = Text.list(lawPoints);
        deadlines = Text.list(deadlines);
        deadlineReminder = Text.clean(deadlineReminder);
    }

    /** One line of the sheet, with the library entry that supports it when it states law. */
    public record Point(String label, String text, Optional<String> citationId) {
        public Point {
            label = Text.clean(label);
            text = Text.clean(text);
            citationId = Text.opt(citationId);
        }

        public static Point of(String label, String text) {
            return new Point(label, text, Optional.empty());
        }
    }

    /**
     * What the reviewer is likely to say, and the one-line answer.
     *
     * @param alsoSaid the other wordings of the same claim in the notice, in order, when it makes
     *     the claim more than once (a long rationale repeats its reasons)
     */
    public record Objection(String claim, String answer, List<String> alsoSaid) {
        public Objection {
            claim = Text.clean(claim);
            answer = Text.clean(answer);
            alsoSaid = Text.list(alsoSaid).stream().map(Text::clean).toList();
        }

        public Objection(String claim, String answer) {
            this(claim, answer, List.of());
        }
    }
}

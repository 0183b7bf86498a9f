package org.overturn.domain.packet;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * One part of the letter: the app's draft and, once the clinician has changed it, their text. The
 * clinician's text wins and is never replaced without asking.
 *
 * @param drafted the text the app drafted last
 * @param edited the clinician's text, when they changed the draft
 * @param citationIds the library entries the drafted text cites (printed under "Authorities cited")
 */
public record LetterSection(
        LetterPart part, String drafted, Optional<String> edited, List<String> citationIds) {

    public LetterSection {
        if (part == null) {
            throw new IllegalArgumentException("letter section needs its part");
        }
        drafted = Text.body(drafted);
        edited = Text.opt(edited).map(Text::body);
        citationIds = Text.list(citationIds).stream().distinct().toList();
    }

    public static LetterSection drafted(LetterPart part, String text, List<String> citationIds) {
        return new LetterSection(part, text, Optional.empty(), citationIds);
    }

    /** The text that prints. */
    public String text() {
        return edited.orElse(drafted);
    }

    public boolean wasEdited() {
        return edited.isPresent();
    }

    /** The clinician's change; typing the draft back exactly counts as no edit. */
    public LetterSection withText(String text) {
        String t = Text.body(text);
        return new LetterSection(
                part, drafted, t.equals(drafted) ? Optional.empty() : Optional.of(t), citationIds);
    }
}

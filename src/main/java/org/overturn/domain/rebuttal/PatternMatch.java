package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.Text;

/**
 * A pattern recognised in one statement.
 *
 * @param matchedText the words that matched, from the normalised statement
 * @param detail what the claim is about, when the pattern captures it ("no documentation of
 *     <detail>"), else ""
 */
public record PatternMatch(String patternId, String matchedText, String detail) {

    public PatternMatch {
        patternId = Text.require(patternId, "pattern id");
        matchedText = Text.clean(matchedText);
        detail = Text.clean(detail);
    }
}

package org.overturn.domain.rebuttal;

import java.util.List;
import org.overturn.domain.cases.Text;

/**
 * A reusable line of argument, in our own words, with the library entries that support it. Letters
 * print the citations only through the citation library, which gates them by plan type, date and
 * verification.
 */
public record RebuttalArgument(
        String id, String title, String plainWords, List<String> citationIds) {

    public RebuttalArgument {
        id = Text.require(id, "argument id");
        title = Text.require(title, "argument " + id + " title");
        plainWords = Text.require(plainWords, "argument " + id + " text");
        citationIds = Text.list(citationIds);
    }
}

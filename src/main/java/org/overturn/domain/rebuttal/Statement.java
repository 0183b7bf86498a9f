package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.Text;

/**
 * One statement of the reviewer's rationale.
 *
 * @param id stable within the denial ("s1", "s2", … in the order they appear)
 */
public record Statement(String id, String text) {

    public Statement {
        id = Text.require(id, "statement id");
        text = Text.require(text, "statement text");
    }
}

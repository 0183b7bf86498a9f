package org.overturn.ui.parity;

import javafx.scene.control.Label;
import org.overturn.domain.parity.Applicability;
import org.overturn.domain.parity.CriteriaFinding;

/** The colour of a verdict: whether parity reaches the plan, and a state rule's finding. */
final class VerdictStyle {

    private VerdictStyle() {}

    static void apply(Label l, Applicability a) {
        l.getStyleClass().removeAll("verdict-ok", "verdict-warn", "verdict-muted");
        l.getStyleClass()
                .add(
                        switch (a) {
                            case APPLIES, APPLIES_MEDICAID -> "verdict-ok";
                            case VERIFY, NEEDS_FACTS -> "verdict-warn";
                            case NOT_SUBJECT -> "verdict-muted";
                        });
    }

    static String of(CriteriaFinding f) {
        return switch (f) {
            case MATCHES -> "verdict-ok";
            case WRONG_CRITERIA -> "verdict-danger";
            case VERIFY, NOT_STATED -> "verdict-warn";
        };
    }
}

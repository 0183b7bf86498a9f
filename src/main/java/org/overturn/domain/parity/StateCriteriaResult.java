package org.overturn.domain.parity;

import java.util.List;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;

/**
 * The state rules that reach a case, and plain-words notes on those that do not and why.
 *
 * @param focus what the care treats, which the criteria check needs
 */
public record StateCriteriaResult(
        String state,
        List<CareFocus> focus,
        List<StateCriteriaRule> rules,
        @ClinicianOnly List<String> notes) {

    public StateCriteriaResult {
        state = Text.clean(state);
        focus = Text.list(focus);
        rules = Text.list(rules);
        notes = Text.list(notes);
    }
}

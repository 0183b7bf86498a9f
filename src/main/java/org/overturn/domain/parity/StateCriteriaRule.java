package org.overturn.domain.parity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Text;
import org.overturn.domain.cases.UsStates;
import org.overturn.domain.citations.Verification;

/**
 * A state rule on which level-of-care criteria an insurer must use, shipped as data ({@code
 * org/overturn/parity/state-criteria-rules.json}).
 *
 * @param markets the coverage the rule reaches (never self-funded ERISA plans)
 * @param focus the care it covers (Washington's ASAM mandate: substance use only)
 * @param accepted criteria sets the rule allows
 * @param conditional criteria sets it allows only under conditions the app cannot check
 * @param requirement what it requires, in our words
 * @param verification an UNVERIFIED rule never flags wrong criteria by itself
 */
public record StateCriteriaRule(
        String id,
        String state,
        String citationId,
        List<StateMarket> markets,
        List<CareFocus> focus,
        List<CriteriaSet> accepted,
        List<CriteriaSet> conditional,
        String requirement,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveUntil,
        Verification verification) {

    public StateCriteriaRule {
        id = Text.require(id, "rule id");
        state =
                UsStates.normalise(
                        Text.require(state, "rule " + id + " state"), "rule " + id + " state");
        citationId = Text.require(citationId, "rule " + id + " citation");
        markets = Text.list(markets);
        focus = Text.list(focus);
        if (markets.isEmpty() || focus.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " needs its markets and focus");
        }
        accepted = Text.list(accepted);
        conditional = Text.list(conditional);
        requirement = Text.require(requirement, "rule " + id + " requirement");
        if (effectiveFrom == null || verification == null) {
            throw new IllegalArgumentException(
                    "rule " + id + " needs effectiveFrom and verification");
        }
        effectiveUntil = Text.opt(effectiveUntil);
    }

    public boolean inEffect(LocalDate on) {
        return !on.isBefore(effectiveFrom) && effectiveUntil.map(u -> !on.isAfter(u)).orElse(true);
    }
}

package org.overturn.domain.rebuttal;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.Text;

/**
 * One recognisable claim reviewers make, from the pattern catalogue (data, not code).
 *
 * @param triggers regular expressions over the normalised statement (lower case, "can't" → "can
 *     not"); a named group {@code detail} captures what the claim is about ("no documentation of
 *     <detail>")
 * @param negatedTriggers regular expressions that count only when a negation cue precedes them in
 *     their clause: the claim is the absence of something ("no evidence of <b>bradycardia</b>",
 *     "there is no indication that the member <b>has failed a trial of outpatient therapy</b>")
 * @param implies what the claim implies about the patient, in our words, for the rebuttal matrix
 * @param dimensionIds the scoring dimensions whose ratings answer it
 * @param argumentIds the arguments (generally accepted standards, parity, disclosure) that answer
 *     it
 */
public record DenialPattern(
        String id,
        String label,
        DenialReason reason,
        Optional<AdmissionSubReason> subReason,
        List<String> triggers,
        List<String> negatedTriggers,
        String implies,
        List<String> dimensionIds,
        List<String> argumentIds) {

    public DenialPattern {
        id = Text.require(id, "pattern id");
        label = Text.require(label, "pattern " + id + " label");
        if (reason == null) {
            throw new IllegalArgumentException("pattern " + id + " needs a reason category");
        }
        subReason = Text.opt(subReason);
        triggers = Text.list(triggers);
        negatedTriggers = Text.list(negatedTriggers);
        if (triggers.isEmpty() && negatedTriggers.isEmpty()) {
            throw new IllegalArgumentException("pattern " + id + " has no triggers");
        }
        implies = Text.require(implies, "pattern " + id + " implies");
        dimensionIds = Text.list(dimensionIds);
        DimensionIds.requireKnown(dimensionIds, "pattern " + id);
        argumentIds = Text.list(argumentIds);
    }
}

package org.overturn.domain.rebuttal;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * The current risk assessment, in the clinician's judgement (the app rates nothing itself).
 *
 * @param relapseOrOverdose risk of relapse, overdose or medical harm from continued use
 * @param factors risk factors in the clinician's words
 */
public record RiskAssessment(
        Optional<LocalDate> date,
        RiskLevel suicide,
        RiskLevel selfHarm,
        RiskLevel harmToOthers,
        RiskLevel relapseOrOverdose,
        String factors,
        String protectiveFactors,
        String assessedBy) {

    public RiskAssessment {
        date = Text.opt(date);
        suicide = orNotAssessed(suicide);
        selfHarm = orNotAssessed(selfHarm);
        harmToOthers = orNotAssessed(harmToOthers);
        relapseOrOverdose = orNotAssessed(relapseOrOverdose);
        factors = Text.body(factors);
        protectiveFactors = Text.body(protectiveFactors);
        assessedBy = Text.clean(assessedBy);
    }

    private static RiskLevel orNotAssessed(RiskLevel r) {
        return r == null ? RiskLevel.NOT_ASSESSED : r;
    }
}

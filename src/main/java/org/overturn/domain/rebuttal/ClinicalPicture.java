package org.overturn.domain.rebuttal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * What a case holds about the patient's condition, for the rebuttal and the letter.
 *
 * @param history past and current episodes, in the order entered
 * @param ifCareStops what the clinician expects if care stops now, in their words
 * @param documentsOnHand checklist items the clinician ticked as held (e.g. a letter of support on
 *     paper)
 */
public record ClinicalPicture(
        List<Diagnosis> diagnoses,
        List<TreatmentEpisode> history,
        Optional<RiskAssessment> risk,
        String ifCareStops,
        List<DocumentItem> documentsOnHand) {

    public ClinicalPicture {
        diagnoses = Text.list(diagnoses);
        history = Text.list(history);
        if (history.stream().map(TreatmentEpisode::id).distinct().count() != history.size()) {
            throw new IllegalArgumentException("two treatment episodes share an id");
        }
        risk = Text.opt(risk);
        ifCareStops = Text.body(ifCareStops);
        documentsOnHand =
                Text.list(documentsOnHand).stream()
                        .distinct()
                        .sorted(Comparator.naturalOrder())
                        .toList();
    }

    public static ClinicalPicture empty() {
        return new ClinicalPicture(List.of(), List.of(), Optional.empty(), "", List.of());
    }

    public ClinicalPicture withDiagnoses(List<Diagnosis> d) {
        return new ClinicalPicture(d, history, risk, ifCareStops, documentsOnHand);
    }

    public ClinicalPicture withHistory(List<TreatmentEpisode> h) {
        return new ClinicalPicture(diagnoses, h, risk, ifCareStops, documentsOnHand);
    }

    public ClinicalPicture withRisk(Optional<RiskAssessment> r) {
        return new ClinicalPicture(diagnoses, history, r, ifCareStops, documentsOnHand);
    }

    public ClinicalPicture withIfCareStops(String text) {
        return new ClinicalPicture(diagnoses, history, risk, text, documentsOnHand);
    }

    public ClinicalPicture withDocumentsOnHand(List<DocumentItem> ticked) {
        return new ClinicalPicture(diagnoses, history, risk, ifCareStops, ticked);
    }
}

package org.overturn.domain.letters;

import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.cases.AuthorizedRepresentative;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.Signer;

/**
 * Who speaks in the letter: the phrases that change with the signer.
 *
 * @param clinician the case's signing clinician (the signer of a provider's letter, the author of
 *     the clinical statement in a patient's or representative's letter), when chosen
 */
@Outgoing
record Voice(
        Signer signer,
        String patientName,
        Optional<Clinician> clinician,
        Optional<AuthorizedRepresentative> representative) {

    String opener() {
        if (signer == Signer.REPRESENTATIVE) {
            String rel =
                    representative
                            .map(AuthorizedRepresentative::relationship)
                            .filter(r -> !r.isEmpty())
                            .map(r -> " (" + Words.lower(r) + ")")
                            .orElse("");
            return "I am writing as the authorized representative"
                    + rel
                    + " of "
                    + patientName
                    + ",";
        }
        return "I am writing";
    }

    /** How the letter names the patient in the opening, with the identifying details. */
    String patientRef(String withDetails) {
        return switch (signer) {
            case PROVIDER -> "my patient, " + withDetails;
            case PATIENT -> "me, " + withDetails;
            case REPRESENTATIVE -> withDetails;
        };
    }

    /**
     * The subject of the treating clinician's judgements: "I" for the provider, the named clinician
     * otherwise.
     */
    String clinicianSubject() {
        if (signer == Signer.PROVIDER) {
            return "I";
        }
        return clinician.map(Clinician::signatureName).orElse("The treating clinician");
    }

    /** "In my clinical judgement", "In the judgement of Ana Ruiz, MD". */
    String judgement() {
        if (signer == Signer.PROVIDER) {
            return "In my clinical judgement";
        }
        return clinician
                .map(k -> "In the clinical judgement of " + k.signatureName())
                .orElse("In the treating clinician's judgement");
    }

    /**
     * Who rated: "I" when the rater recorded on the assessment is the provider who signs, the
     * rater's own words otherwise, and nobody (empty) when no rater was recorded.
     */
    Optional<String> rater(String recorded) {
        if (signer == Signer.PROVIDER
                && clinician.isPresent()
                && clinician.get().isNamedIn(recorded)) {
            return Optional.of("I");
        }
        return recorded.isBlank() ? Optional.empty() : Optional.of(recorded.strip());
    }

    /** "our" for the provider's own program; "the" otherwise. */
    String our() {
        return signer == Signer.PROVIDER ? "our" : "the";
    }
}

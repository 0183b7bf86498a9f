package org.overturn.domain.letters;

import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.cases.AuthorizedRepresentative;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.wording.Wording;

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

    private static final Wording WORDS = Wording.of("letter");

    String opener() {
        if (signer == Signer.REPRESENTATIVE) {
            return representative
                    .map(AuthorizedRepresentative::relationship)
                    .filter(r -> !r.isEmpty())
                    .map(
                            r ->
                                    WORDS.fill(
                                            "voice.opener.representativeRelated",
                                            "relationship",
                                            Words.lower(r),
                                            "patient",
                                            patientName))
                    .orElseGet(
                            () ->
                                    WORDS.fill(
                                            "voice.opener.representative", "patient", patientName));
        }
        return WORDS.text("voice.opener");
    }

    /** How the letter names the patient in the opening, with the identifying details. */
    String patientRef(String withDetails) {
        return switch (signer) {
            case PROVIDER -> WORDS.fill("voice.patient.provider", "patient", withDetails);
            case PATIENT -> WORDS.fill("voice.patient.patient", "patient", withDetails);
            case REPRESENTATIVE -> withDetails;
        };
    }

    /**
     * The subject of the treating clinician's judgements: "I" for the provider, the named clinician
     * otherwise.
     */
    String clinicianSubject() {
        if (signer == Signer.PROVIDER) {
            return WORDS.text("voice.firstPerson");
        }
        return clinician
                .map(Clinician::signatureName)
                .orElseGet(() -> WORDS.text("voice.clinicianUnnamed"));
    }

    /** "In my clinical judgement", "In the judgement of Ana Ruiz, MD". */
    String judgement() {
        if (signer == Signer.PROVIDER) {
            return WORDS.text("voice.judgement.provider");
        }
        return clinician
                .map(k -> WORDS.fill("voice.judgement.named", "clinician", k.signatureName()))
                .orElseGet(() -> WORDS.text("voice.judgement.unnamed"));
    }

    /**
     * Who rated: "I" when the rater recorded on the assessment is the provider who signs, the
     * rater's own words otherwise, and nobody (empty) when no rater was recorded.
     */
    Optional<String> rater(String recorded) {
        if (signer == Signer.PROVIDER
                && clinician.isPresent()
                && clinician.get().isNamedIn(recorded)) {
            return Optional.of(WORDS.text("voice.firstPerson"));
        }
        return recorded.isBlank() ? Optional.empty() : Optional.of(recorded.strip());
    }

    /** "our IOP program" for the provider's own program; "the IOP program" otherwise. */
    String program(String care) {
        return signer == Signer.PROVIDER
                ? WORDS.fill("voice.program.ours", "care", care)
                : WORDS.fill("voice.program", "care", care);
    }
}

package org.overturn.domain.letters;

import java.util.Optional;
import org.overturn.domain.cases.AuthorizedRepresentative;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.Signer;

/** Who speaks in the letter: the phrases that change with the signer. */
record Voice(Signer signer, String patientName, PracticeProfile profile,
             Optional<AuthorizedRepresentative> representative) {

    String opener() {
        if (signer == Signer.REPRESENTATIVE) {
            String rel = representative.map(AuthorizedRepresentative::relationship).filter(r -> !r.isEmpty())
                    .map(r -> " (" + Words.lower(r) + ")").orElse("");
            return "I am writing as the authorized representative" + rel + " of " + patientName + ",";
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

    String purposeSentence(String care) {
        return switch (signer) {
            case PROVIDER -> "This letter explains, point by point, why " + care + " is medically necessary. "
                    + "The ratings, records and exhibits it refers to are enclosed.";
            case PATIENT -> "This letter, with my treating clinician's ratings and records enclosed, explains why I need "
                    + "this care now.";
            case REPRESENTATIVE -> "This letter, with the treating clinician's ratings and records enclosed, explains "
                    + "why " + patientName + " needs this care now.";
        };
    }

    String askOpener() {
        return "I ask that";
    }

    /** The subject of clinical sentences: "I" for the provider, the named clinician otherwise. */
    String clinician() {
        if (signer == Signer.PROVIDER) {
            return "I";
        }
        return profile.clinicianName().isEmpty() ? "The treating clinician" : profile.signatureName();
    }

    /** "my" for the provider's own program; "the" otherwise. */
    String our() {
        return signer == Signer.PROVIDER ? "our" : "the";
    }

    /** How the patient is referred to after the opening. */
    String patient() {
        return signer == Signer.PATIENT ? "I" : patientName;
    }

    String patientPossessive() {
        return signer == Signer.PATIENT ? "my" : patientName + "'s";
    }
}

package org.overturn.domain.packet;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * The patient's written consent to disclose substance-use records protected by 42 CFR Part 2, as
 * recorded from the signed form (the form itself may be enclosed).
 *
 * @param recipient to whom the records may go (a plan, an external review organization)
 * @param purposeDetail the purpose in the form's own words
 * @param expiresOn the last day it is valid, when the form gives a date
 * @param expiryEvent the event that ends it, when the form gives one instead (e.g. "when the appeal
 *     is decided")
 * @param signedBy the patient, or the person signing for them
 * @param information how much and what kind of information the form lets be disclosed, in its own
 *     words (case format 4; 42 CFR 2.31 requires the form to say, and 2.32(b) the disclosure to
 *     carry it)
 */
public record Part2Consent(
        String id,
        String recipient,
        ConsentPurpose purpose,
        String purposeDetail,
        Optional<LocalDate> expiresOn,
        String expiryEvent,
        LocalDate signedOn,
        String signedBy,
        Optional<LocalDate> revokedOn,
        String information) {

    public Part2Consent {
        id = Text.require(id, "consent id");
        recipient = Text.require(recipient, "consent recipient");
        if (purpose == null) {
            throw new IllegalArgumentException("consent purpose is required");
        }
        purposeDetail = Text.clean(purposeDetail);
        expiresOn = Text.opt(expiresOn);
        expiryEvent = Text.clean(expiryEvent);
        if (expiresOn.isEmpty() && expiryEvent.isEmpty()) {
            throw new IllegalArgumentException(
                    "a consent needs an expiry date or the event that ends it");
        }
        if (signedOn == null) {
            throw new IllegalArgumentException("the date the consent was signed is required");
        }
        if (expiresOn.isPresent() && expiresOn.get().isBefore(signedOn)) {
            throw new IllegalArgumentException(
                    "consent expires ("
                            + expiresOn.get()
                            + ") before it was signed ("
                            + signedOn
                            + ")");
        }
        signedBy = Text.clean(signedBy);
        revokedOn = Text.opt(revokedOn);
        information = Text.clean(information);
    }

    /** A consent recorded without the information it covers (the shape of case format 3). */
    public Part2Consent(
            String id,
            String recipient,
            ConsentPurpose purpose,
            String purposeDetail,
            Optional<LocalDate> expiresOn,
            String expiryEvent,
            LocalDate signedOn,
            String signedBy,
            Optional<LocalDate> revokedOn) {
        this(
                id,
                recipient,
                purpose,
                purposeDetail,
                expiresOn,
                expiryEvent,
                signedOn,
                signedBy,
                revokedOn,
                "");
    }

    /** "until 2027-05-31", or "until when the appeal is decided". */
    public String until() {
        return expiresOn.map(d -> "until " + d).orElse("until " + expiryEvent);
    }
}

package org.overturn.domain.complaints;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;

/**
 * Who may take a complaint of one kind about a case's plan: the addressees that have the plan in
 * their charge, the usual one first, with notes for the clinician; or, when nobody in the app's
 * references takes it, why not.
 *
 * @param addressees empty exactly when {@code refusal} is present
 * @param notes what the clinician should know before sending (how the office takes complaints,
 *     which of two offices to choose); never printed
 */
public record ComplaintRoute(
        ComplaintKind kind,
        List<Regulator> addressees,
        @ClinicianOnly Optional<String> refusal,
        @ClinicianOnly List<String> notes) {

    public ComplaintRoute {
        if (kind == null) {
            throw new IllegalArgumentException("a complaint route needs its kind");
        }
        addressees = List.copyOf(addressees);
        refusal = refusal == null ? Optional.empty() : refusal;
        notes = List.copyOf(notes);
        if (addressees.isEmpty() == refusal.isEmpty()) {
            throw new IllegalArgumentException(
                    "a complaint route has addressees or a refusal, never both or neither");
        }
    }

    static ComplaintRoute to(ComplaintKind kind, List<Regulator> who, List<String> notes) {
        return new ComplaintRoute(kind, who, Optional.empty(), notes);
    }

    static ComplaintRoute refused(ComplaintKind kind, String why) {
        return new ComplaintRoute(kind, List.of(), Optional.of(why), List.of());
    }

    public boolean open() {
        return refusal.isEmpty();
    }

    /** The usual addressee. */
    public Optional<Regulator> first() {
        return addressees.stream().findFirst();
    }
}

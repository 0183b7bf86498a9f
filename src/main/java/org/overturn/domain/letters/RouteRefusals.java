package org.overturn.domain.letters;

import org.overturn.domain.wording.Wording;

/**
 * Why nothing can be written on a route: messages for the clinician (the readiness check), never
 * printed in a letter, so their wording lives apart from the letter's, in {@code letter-law-notes}.
 * Which route refuses stays in {@link Route}.
 */
final class RouteRefusals {

    private static final Wording NOTES = Wording.of("letter-law-notes");

    private RouteRefusals() {}

    /** Medicaid fee-for-service asked for a second level of review. */
    static String medicaidFfsExternal() {
        return NOTES.text("route.refused.medicaidFfsExternal");
    }
}

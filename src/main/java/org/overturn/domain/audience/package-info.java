/**
 * Who a generated text is for. Everything the app writes is for one of two audiences: the clinician
 * (screens, the peer-to-peer sheet, the readiness check) or the plan (letters, the packet, request
 * letters). Clinician text is marked {@link org.overturn.domain.audience.ClinicianOnly}; outgoing
 * writers are the packages {@code domain.letters} and {@code export.packet} and the request letter,
 * and an architecture test keeps the first out of the second.
 */
package org.overturn.domain.audience;

package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.export.packet.PacketFixtures;

/** Cases whose approved care is or is not cut by the denial, for the continuation rules' tests. */
public final class ContinuationFixtures {

    private ContinuationFixtures() {}

    /**
     * The sample, with care approved through {@code lastApproved} and the denial refusing care from
     * {@code cut}.
     */
    public static CaseFile approvedThrough(
            PlanType t, DenialType type, LocalDate lastApproved, LocalDate cut) {
        CaseFile c = PacketFixtures.sample(PacketFixtures.MH).caseFile();
        Denial d = c.currentDenial().orElseThrow();
        Denial changed =
                new Denial(
                        d.id(),
                        Optional.of(LocalDate.of(2026, 11, 16)),
                        Optional.empty(),
                        d.receivedBy(),
                        type,
                        false,
                        d.levelOfCare(),
                        d.reasons(),
                        d.admissionSubReasons(),
                        d.criteriaSet(),
                        d.criteriaVersion(),
                        d.reviewerName(),
                        d.reviewerCredentials(),
                        d.authorizationNumber(),
                        d.claimNumber(),
                        d.referenceNumber(),
                        d.unitKind(),
                        d.unitsRequested(),
                        d.unitsDenied(),
                        d.hoursPerWeekRequested(),
                        Optional.of(cut),
                        d.billedAmount(),
                        d.rationale());
        return c.withDenials(List.of(changed))
                .withAuthorizations(
                        List.of(AuthorizationPeriod.of(LocalDate.of(2026, 10, 26), lastApproved)))
                .withPlan(
                        new PlanFacts(
                                Optional.of(t),
                                c.plan().payerId(),
                                c.plan().planName(),
                                c.plan().issuedState(),
                                c.plan().employerSponsored()));
    }
}

package org.overturn.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.stream.Collectors;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.TimelineEvent;

/** A case as readable text, for {@code case show} without {@code --json}. */
final class CaseText {

    private final CaseFile c;
    private final Optional<Payer> payer;

    CaseText(CaseFile c, Optional<Payer> payer) {
        this.c = c;
        this.payer = payer;
    }

    void print(PrintWriter out) {
        out.println(
                "Case " + c.id().map(String::valueOf).orElse("(new)") + ": " + c.patient().name());
        out.println("  Status:           " + c.status().label());
        field(out, "Date of birth", c.patient().dateOfBirth().map(Object::toString).orElse(""));
        field(out, "Member ID", c.patient().memberId());
        field(out, "Group number", c.patient().groupNumber());
        field(out, "Patient state", c.patient().state());
        field(out, "Payer", payer.map(Payer::name).orElse(""));
        field(out, "Plan type", c.plan().planType().map(HasId::label).orElse(""));
        field(out, "Plan state", c.plan().issuedState());
        c.representative()
                .ifPresent(
                        r ->
                                field(
                                        out,
                                        "Representative",
                                        r.name()
                                                + (r.relationship().isEmpty()
                                                        ? ""
                                                        : " (" + r.relationship() + ")")
                                                + (r.planFormOnFile()
                                                        ? ", plan form on file"
                                                        : ", plan form not on file")));
        out.println();
        out.println("Denials (" + c.denials().size() + ")");
        for (Denial d : c.denials()) {
            out.println(
                    "  - "
                            + d.denialType().label()
                            + (d.urgent() ? ", urgent" : "")
                            + ", "
                            + d.levelOfCare().label()
                            + d.noticeDate().map(n -> ", notice dated " + n).orElse("")
                            + d.receivedAt().map(r -> ", received " + r.toLocalDate()).orElse(""));
            if (!d.reasons().isEmpty()) {
                out.println(
                        "    Reasons: "
                                + d.reasons().stream()
                                        .map(HasId::label)
                                        .collect(Collectors.joining("; ")));
            }
            if (!d.primaryNumber().isEmpty()) {
                out.println("    Number: " + d.primaryNumber());
            }
        }
        if (!c.authorizations().isEmpty()) {
            out.println();
            out.println("Authorization periods");
            for (AuthorizationPeriod a : c.authorizations()) {
                out.println(
                        "  - "
                                + a.firstDay()
                                + " to "
                                + a.lastDay()
                                + a.units().map(u -> ", " + u + " units").orElse("")
                                + a.nextReviewDate().map(n -> ", next review " + n).orElse(""));
            }
        }
        if (!c.timeline().isEmpty()) {
            out.println();
            out.println("Timeline");
            for (TimelineEvent e : c.timeline()) {
                out.println("  " + e.date() + "  " + e.title());
            }
        }
    }

    private static void field(PrintWriter out, String label, String value) {
        if (!value.isEmpty()) {
            out.println("  " + String.format("%-17s", label + ":") + " " + value);
        }
    }
}

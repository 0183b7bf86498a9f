package org.overturn.domain.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.wording.Wording;

/**
 * What the case lacks for a complete letter, in plain words for the clinician: never part of the
 * letter, so not {@code @Outgoing}, and its wording is in the clinician-only file {@code
 * letter-notes}.
 */
public final class LetterGaps {

    private static final Wording NOTES = Wording.of("letter-notes");

    private LetterGaps() {}

    /** Plain-words notes on what the case lacks for a complete letter. */
    @ClinicianOnly
    public static List<String> of(LetterInputs in) {
        CaseFile c = in.caseFile();
        List<String> out = new ArrayList<>();
        if (c.packet().signer().isEmpty()) {
            out.add(NOTES.text("gap.signer"));
        }
        Optional<Denial> d = c.currentDenial();
        if (d.isEmpty()) {
            out.add(NOTES.text("gap.denial"));
            return out;
        }
        if (d.get().noticeDate().isEmpty() && d.get().receivedAt().isEmpty()) {
            out.add(NOTES.text("gap.noticeDate"));
        }
        if (d.get().primaryNumber().isEmpty()) {
            out.add(NOTES.text("gap.number"));
        }
        if (c.assessments().isEmpty()) {
            out.add(NOTES.text("gap.ratings"));
        }
        if (c.rebuttal().stream().allMatch(r -> r.answer().isBlank())) {
            out.add(NOTES.text("gap.rebuttal"));
        }
        if (c.clinical().history().isEmpty()) {
            out.add(NOTES.text("gap.history"));
        }
        if (c.clinical().ifCareStops().isBlank()) {
            out.add(NOTES.text("gap.ifCareStops"));
        }
        if (c.plan().planType().isEmpty()) {
            out.add(NOTES.text("gap.planType"));
        }
        if (in.variant().reviewLevel() == ReviewLevel.EXTERNAL_REVIEW
                && c.clock().finalDenial().isEmpty()) {
            out.add(NOTES.text("gap.finalDenial"));
        }
        return out;
    }
}

package org.overturn.export.packet;

import java.util.ArrayList;
import java.util.List;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.letters.Part2Check;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.Part2Consent;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.Style;

/**
 * The notice against redisclosure that must travel with substance-use records, in our own words, with the scope
 * of the patient's consent under which they are sent.
 */
public final class Part2NoticePage {

    /** The line on the foot of every page of a Part 2 packet. */
    static String footer(int noticePage) {
        return "Protected by federal confidentiality rules (42 CFR Part 2): no further use or disclosure without the "
                + "patient's written consent. See the notice on page " + noticePage + ".";
    }

    private Part2NoticePage() {
    }

    static String notice() {
        return notice("The records in this packet");
    }

    /**
     * The notice in our own words.
     *
     * @param what the records it covers, as the subject of the first sentence ("The records in this packet")
     */
    public static String notice(String what) {
        return what + " come from a substance use disorder treatment program and are protected by "
                + "the federal confidentiality rules of 42 CFR Part 2. They are disclosed to you with the patient's "
                + "written consent, only for the purpose stated below. Those rules forbid you to use or disclose this "
                + "information further, or to use it against the patient in any civil, criminal, administrative or "
                + "legislative proceeding, unless the patient's written consent expressly allows it or 42 CFR Part 2 "
                + "otherwise permits it. A general authorization to release medical information is not enough for "
                + "this purpose.";
    }

    static void render(PdfBuilder b, PacketContext x) {
        b.newPage();
        b.heading("Notice: records protected by federal confidentiality rules", Style.H1, 0, 60);
        Citation c = x.in.library().get(Part2Check.NOTICE_CITATION);
        b.paragraphs(notice() + " (" + c.citation() + ")", Style.BODY);
        b.space(14);
        b.heading("The consent under which these records are disclosed", Style.H2, 6, 60);
        Part2Consent k = x.part2.consent().orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Patient", x.c.patient().name()));
        rows.add(List.of("Disclosed to", k.recipient()));
        rows.add(List.of("Purpose", k.purpose().label() + (k.purposeDetail().isEmpty() ? "" : ": " + k.purposeDetail())));
        rows.add(List.of("Valid", k.expiresOn().map(d -> "until " + Words.date(d)).orElse(k.until())));
        rows.add(List.of("Signed", Words.date(k.signedOn()) + (k.signedBy().isEmpty() ? "" : " by " + k.signedBy())));
        CoverSheet.keyValues(b, rows);
        b.space(10);
        b.paragraphs("The signed consent form is kept by the sender and is available on request.",
                Style.SANS.size(9f).color(Style.MUTED));
        b.space(8);
        b.paragraphs("Source: " + c.shortTitle() + ". " + c.summary(), Style.SMALL);
    }
}

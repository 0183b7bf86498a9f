package org.overturn.export.packet;

import java.util.List;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.Part2Consent;
import org.overturn.domain.packet.Part2Notice;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.Style;

/**
 * What 42 CFR 2.32 requires to travel with substance-use records disclosed with the patient's
 * consent: the regulation's full statement on a page of its own with the scope of the consent
 * (2.32(a)(1) and (b)), and its short statement on the foot of every page (2.32(a)(2)). Both
 * statements are the regulation's words, never ours. The page goes to the plan, so it carries no
 * library source note: sources are for the clinician.
 */
@Outgoing
public final class Part2NoticePage {

    private static final Wording WORDS = Wording.of("packet");

    /** The line on the foot of every page of a Part 2 packet: 42 CFR 2.32(a)(2), word for word. */
    static String footer() {
        return Part2Notice.STATEMENT_2;
    }

    private Part2NoticePage() {}

    static void render(PdfBuilder b, PacketContext x) {
        b.newPage();
        b.heading(WORDS.text("part2.heading"), Style.H1, 0, 60);
        b.paragraphs(Part2Notice.STATEMENT_1, Style.BODY);
        b.space(14);
        b.heading(WORDS.text("part2.consent"), Style.H2, 6, 60);
        Part2Consent k = x.part2.consent().orElseThrow();
        List<List<String>> rows =
                Part2Notice.scope(x.c.patient().name(), k, Words::date, x.today).stream()
                        .map(r -> List.of(r.label(), r.value()))
                        .toList();
        CoverSheet.keyValues(b, rows);
        b.space(10);
        b.paragraphs(WORDS.text("part2.consentKept"), Style.SANS.size(9f).color(Style.MUTED));
    }
}

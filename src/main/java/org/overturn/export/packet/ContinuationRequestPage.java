package org.overturn.export.packet;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.letters.CitationPicker;
import org.overturn.domain.letters.Continuation;
import org.overturn.domain.letters.LetterComposer;
import org.overturn.domain.letters.Words;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.Style;

/**
 * Medicaid managed care: benefits continue through the plan appeal only when the enrollee asks in
 * time (42 CFR 438.420(b)); a provider cannot ask for them (438.402(c)(1)(ii)). So the packet
 * carries the enrollee's own short request, for the enrollee to sign, after the provider's letter.
 * Printed only where the law gives continuation: previously authorized services ended or reduced
 * before the authorization ran out.
 */
@Outgoing
final class ContinuationRequestPage {

    private static final Wording WORDS = Wording.of("packet");

    /** The page's name in the packet's contents. */
    static final String TITLE = WORDS.text("continuation.title");

    private ContinuationRequestPage() {}

    /** The day by which the enrollee must ask, when this case's packet carries the request. */
    static Optional<LocalDate> deadline(PacketContext x) {
        return x.denial
                .flatMap(d -> Continuation.medicaidEnrolleeDeadline(x.c, d))
                .filter(d -> !x.today.isAfter(d));
    }

    static void render(PdfBuilder b, PacketContext x) {
        b.newPage();
        b.heading(WORDS.text("continuation.heading"), Style.H1, 0, 60);
        CitationPicker cite = LetterComposer.picker(x.in.letterInputs());
        Optional<String> basis =
                cite.usable(List.of("medicaid-mco-continued-benefits")).stream()
                        .findFirst()
                        .flatMap(id -> x.in.library().find(id))
                        .map(Citation::citation);
        String plan = x.recipient.isEmpty() ? WORDS.text("continuation.thePlan") : x.recipient;
        Optional<String> dated =
                x.denial.flatMap(d -> d.noticeDate().or(d::effectiveDate)).map(Words::date);
        String care =
                x.denial
                        .map(d -> Words.care(d.levelOfCare()))
                        .orElse(WORDS.text("continuation.care"));
        String name = x.c.patient().name();
        String enrollee =
                x.c.patient().memberId().isEmpty()
                        ? name
                        : WORDS.fill(
                                "continuation.enrollee.member",
                                "name",
                                name,
                                "memberId",
                                x.c.patient().memberId());
        String appeal =
                dated.isEmpty()
                        ? WORDS.fill("continuation.appeal", "enrollee", enrollee, "care", care)
                        : WORDS.fill(
                                "continuation.appeal.dated",
                                "enrollee",
                                enrollee,
                                "date",
                                dated.get(),
                                "care",
                                care);
        String ask =
                basis.isEmpty()
                        ? WORDS.text("continuation.ask")
                        : WORDS.fill("continuation.ask.cited", "citation", basis.get());
        b.paragraphs(WORDS.fill("continuation.to", "plan", plan), Style.BODY);
        b.space(6);
        b.paragraphs(appeal + " " + ask, Style.BODY);
        b.space(30);
        b.paragraphs(WORDS.text("continuation.signature"), Style.BODY);
        b.space(10);
        b.paragraphs(WORDS.fill("continuation.printedName", "name", name), Style.BODY);
    }
}

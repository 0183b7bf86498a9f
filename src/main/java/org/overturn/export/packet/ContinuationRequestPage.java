package org.overturn.export.packet;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.letters.CitationPicker;
import org.overturn.domain.letters.Continuation;
import org.overturn.domain.letters.LetterComposer;
import org.overturn.domain.letters.Words;
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

    static final String TITLE = "Enrollee's request to continue benefits";

    private ContinuationRequestPage() {}

    /** The day by which the enrollee must ask, when this case's packet carries the request. */
    static Optional<LocalDate> deadline(PacketContext x) {
        return x.denial
                .flatMap(d -> Continuation.medicaidEnrolleeDeadline(x.c, d))
                .filter(d -> !x.today.isAfter(d));
    }

    static void render(PdfBuilder b, PacketContext x) {
        b.newPage();
        b.heading("Request to continue my benefits during my appeal", Style.H1, 0, 60);
        CitationPicker cite = LetterComposer.picker(x.in.letterInputs());
        String basis =
                cite.usable(java.util.List.of("medicaid-mco-continued-benefits")).stream()
                        .findFirst()
                        .flatMap(id -> x.in.library().find(id))
                        .map(Citation::citation)
                        .map(c -> " (" + c + ")")
                        .orElse("");
        String plan = x.recipient.isEmpty() ? "the plan" : x.recipient;
        String dated =
                x.denial
                        .flatMap(d -> d.noticeDate().or(d::effectiveDate))
                        .map(Words::date)
                        .map(d -> " dated " + d)
                        .orElse("");
        String care = x.denial.map(d -> Words.care(d.levelOfCare())).orElse("care");
        String member =
                x.c.patient().memberId().isEmpty()
                        ? ""
                        : " (member ID " + x.c.patient().memberId() + ")";
        b.paragraphs("To " + plan + ":", Style.BODY);
        b.space(6);
        b.paragraphs(
                "I, "
                        + x.c.patient().name()
                        + member
                        + ", am appealing the plan's decision"
                        + dated
                        + " to end or reduce my "
                        + care
                        + ". I ask the plan to continue these services, as it previously "
                        + "authorized them, while my appeal is decided"
                        + basis
                        + ".",
                Style.BODY);
        b.space(30);
        b.paragraphs(
                "Signature of the enrollee or the enrollee's authorized representative\n\n"
                        + "_____________________________________________          Date: ____________________",
                Style.BODY);
        b.space(10);
        b.paragraphs("Printed name: " + x.c.patient().name(), Style.BODY);
    }
}

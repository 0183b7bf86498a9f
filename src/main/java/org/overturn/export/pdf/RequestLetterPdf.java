package org.overturn.export.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.domain.letters.CitationPicker;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;

/**
 * A letter asking the plan for documents (the claim file, the criteria, the reviewer's credentials,
 * the parity analysis), on the practice's letterhead, with the legal basis of each ask from the
 * citation library only.
 */
@Outgoing
public final class RequestLetterPdf {

    private final CaseFile c;
    private final Optional<Payer> payer;
    private final PracticeProfile profile;
    private final CitationLibrary library;

    public RequestLetterPdf(
            CaseFile c, Optional<Payer> payer, PracticeProfile profile, CitationLibrary library) {
        this.c = c;
        this.payer = payer;
        this.profile = profile;
        this.library = library;
    }

    /** Who signs: the case's signer, else the practice's first clinician. */
    private Optional<Clinician> signer() {
        return c.packet().signer().or(() -> profile.clinicians().stream().findFirst());
    }

    /** The letter asking for every request given (usually those sent on one day). */
    public byte[] render(List<DisclosureRequest> requests, ZonedDateTime now)
            throws PdfExportException {
        if (requests.isEmpty()) {
            throw new PdfExportException("choose at least one request to put in the letter");
        }
        Optional<Denial> d = c.currentDenial();
        String state =
                c.plan().issuedState().isEmpty() ? c.patient().state() : c.plan().issuedState();
        CitationPicker cite =
                new CitationPicker(
                        library,
                        c.plan().planType(),
                        state,
                        d.flatMap(Denial::effectiveDate).orElse(now.toLocalDate()));
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            PdfBuilder b = new PdfBuilder(doc, fonts, PageFrame.LETTER);
            b.newPage();
            Letterhead.draw(b, profile, signer());
            b.paragraphs(Words.date(requests.get(0).sentOn()), Style.BODY);
            b.space(10);
            StringBuilder to =
                    new StringBuilder(payer.map(Payer::name).orElse("Appeals Department"));
            payer.map(Payer::appealsAddress)
                    .filter(a -> !a.isBlank())
                    .ifPresent(a -> to.append('\n').append(a.strip()));
            b.paragraphs(to.toString(), Style.BODY);
            b.space(10);
            List<String> re = new ArrayList<>();
            re.add("Request for documents: " + c.patient().name());
            if (!c.patient().memberId().isEmpty()) {
                re.add("Member ID " + c.patient().memberId());
            }
            d.map(Denial::primaryNumber)
                    .filter(n -> !n.isEmpty())
                    .ifPresent(n -> re.add("Claim/authorization " + n));
            d.flatMap(x -> x.noticeDate().or(x::effectiveDate))
                    .ifPresent(n -> re.add("Decision dated " + Words.date(n)));
            b.paragraphs("Re: " + String.join("; ", re), Style.BODY_BOLD);
            b.space(8);
            b.paragraphs("Dear Appeals Coordinator:", Style.BODY);
            b.space(6);
            b.paragraphs(
                    "On behalf of my patient, "
                            + c.patient().name()
                            + ", I ask the plan to send me, free of "
                            + "charge, the following documents concerning the decision referred to above:",
                    Style.BODY);
            b.space(6);
            List<Citation> cited = new ArrayList<>();
            for (DisclosureRequest r : requests) {
                List<String> used = new ArrayList<>();
                String basis = r.citationId().map(id -> cite.cite(used, id)).orElse("");
                b.paragraphs(
                        "• "
                                + r.kind().label()
                                + ". "
                                + r.kind().ask()
                                + (basis.isEmpty()
                                        ? ""
                                        : " Basis:"
                                                + basis.replaceFirst("^ \\(", " ")
                                                        .replaceFirst("\\)$", "")
                                                + ".")
                                + r.dueOn()
                                        .map(
                                                due ->
                                                        " The answer is due by "
                                                                + Words.date(due)
                                                                + ".")
                                        .orElse(""),
                        Style.BODY);
                used.forEach(
                        id ->
                                library.find(id)
                                        .filter(x -> !cited.contains(x))
                                        .ifPresent(cited::add));
                b.space(4);
            }
            b.space(4);
            b.paragraphs(
                    "Please send the documents to me at the address above"
                            + (profile.fax().isEmpty()
                                    ? ""
                                    : ", or by " + "fax to " + profile.fax())
                            + ". Thank you.",
                    Style.BODY);
            b.space(10);
            b.paragraphs("Sincerely,", Style.BODY);
            Optional<Clinician> signer = signer();
            SignatureBlock.draw(
                    b,
                    doc,
                    signer.flatMap(profile::signatureOf),
                    signer.map(
                                    k ->
                                            k.signatureName()
                                                    + (k.npi().isEmpty() ? "" : "\nNPI " + k.npi()))
                            .orElse(profile.practiceName()));
            if (!cited.isEmpty()) {
                b.heading("Authorities cited", Style.H3, 10, 30);
                StringBuilder sb = new StringBuilder();
                cited.forEach(
                        x ->
                                sb.append("• ")
                                        .append(x.citation())
                                        .append(": ")
                                        .append(x.shortTitle())
                                        .append('\n'));
                b.paragraphs(sb.toString(), Style.SANS.size(8.5f));
            }
            b.finish();
            List<String> ids = new ArrayList<>();
            ids.add("Patient: " + c.patient().name());
            if (!c.patient().memberId().isEmpty()) {
                ids.add("Member ID: " + c.patient().memberId());
            }
            d.map(Denial::primaryNumber)
                    .filter(n -> !n.isEmpty())
                    .ifPresent(n -> ids.add("Ref: " + n));
            new RunningHeader(ids, "").stamp(doc, fonts);
            PdfFiles.describe(
                    doc,
                    "Request for documents: " + c.patient().name(),
                    signer.map(Clinician::signatureName).orElse(profile.practiceName()),
                    "Request for documents",
                    now);
            return PdfFiles.bytes(doc);
        } catch (IOException e) {
            throw new PdfExportException(
                    "the request letter could not be drawn: " + e.getMessage(), e);
        }
    }

    public void write(List<DisclosureRequest> requests, Path out, ZonedDateTime now)
            throws PdfExportException {
        PdfFiles.checkWritable(out);
        PdfFiles.writeAtomically(render(requests, now), out);
    }
}

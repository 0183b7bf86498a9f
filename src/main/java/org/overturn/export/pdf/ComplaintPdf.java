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
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.letters.ComplaintDraft;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.wording.Wording;

/**
 * A complaint to a regulator, or a letter to the plan's sponsor, on the practice's letterhead: the
 * date, the office, the subject, the body the composer drafted, the signature and the authorities
 * cited. A letter that does not name the patient carries no identifiers in its running header
 * either.
 */
@Outgoing
public final class ComplaintPdf {

    private static final Wording WORDS = Wording.of("complaints");

    private final Optional<CaseFile> c;
    private final PracticeProfile profile;
    private final CitationLibrary library;

    /** A letter about one case. */
    public ComplaintPdf(CaseFile c, PracticeProfile profile, CitationLibrary library) {
        this(Optional.of(c), profile, library);
    }

    private ComplaintPdf(Optional<CaseFile> c, PracticeProfile profile, CitationLibrary library) {
        this.c = c;
        this.profile = profile;
        this.library = library;
    }

    /** A program's letter about several cases: signed for the practice, no case identifiers. */
    public static ComplaintPdf program(PracticeProfile profile, CitationLibrary library) {
        return new ComplaintPdf(Optional.empty(), profile, library);
    }

    /** Who signs: the case's signer, else the practice's first clinician. */
    public Optional<Clinician> signer() {
        return c.flatMap(x -> x.packet().signer())
                .or(() -> profile.clinicians().stream().findFirst());
    }

    /**
     * @param addressee the office's lines as the signer typed them over the draft's, or empty for
     *     the draft's own
     */
    /** The letter's bytes and how many pages it has. */
    public record Result(byte[] bytes, int pages) {}

    public Result render(ComplaintDraft draft, List<String> addressee, ZonedDateTime now)
            throws PdfExportException {
        List<String> to =
                addressee.stream().anyMatch(l -> !l.isBlank()) ? addressee : draft.addressee();
        if (signer().isEmpty()) {
            throw new PdfExportException(
                    "no one to sign the letter: choose who signs on the Packet screen, or add a"
                            + " clinician to the practice profile (Settings)");
        }
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            PdfBuilder b = new PdfBuilder(doc, fonts, PageFrame.LETTER);
            b.newPage();
            Optional<Clinician> signer = signer();
            Letterhead.draw(b, profile, signer);
            b.paragraphs(Words.date(now.toLocalDate()), Style.BODY);
            b.space(10);
            b.paragraphs(String.join("\n", to).strip(), Style.BODY);
            b.space(10);
            b.paragraphs(WORDS.fill("pdf.subject", "subject", draft.subject()), Style.BODY_BOLD);
            b.space(8);
            b.paragraphs(draft.salutation(), Style.BODY);
            b.space(6);
            for (String p : draft.paragraphs()) {
                b.paragraphs(p, Style.BODY);
                b.space(6);
            }
            if (!profile.address().isEmpty()
                    || !profile.phone().isEmpty()
                    || !profile.fax().isEmpty()) {
                b.paragraphs(WORDS.text("pdf.contact"), Style.BODY);
                b.space(6);
            }
            b.space(4);
            b.paragraphs(WORDS.text("pdf.signOff"), Style.BODY);
            SignatureBlock.draw(
                    b,
                    doc,
                    signer.flatMap(profile::signatureOf),
                    signer.map(
                                    k ->
                                            k.signatureName()
                                                    + (k.npi().isEmpty()
                                                            ? ""
                                                            : "\n"
                                                                    + WORDS.fill(
                                                                            "pdf.npi", "npi",
                                                                            k.npi())))
                            .orElse(profile.practiceName()));
            List<Citation> cited = new ArrayList<>();
            draft.citationIds()
                    .forEach(
                            id ->
                                    library.find(id)
                                            .filter(x -> !cited.contains(x))
                                            .ifPresent(cited::add));
            if (!cited.isEmpty()) {
                b.heading(WORDS.text("pdf.authorities"), Style.H3, 10, 30);
                StringBuilder sb = new StringBuilder();
                cited.forEach(
                        x ->
                                sb.append(
                                                WORDS.fill(
                                                        "pdf.authority",
                                                        "citation",
                                                        x.citation(),
                                                        "title",
                                                        x.shortTitle()))
                                        .append('\n'));
                b.paragraphs(sb.toString(), Style.SANS.size(8.5f));
            }
            b.finish();
            new RunningHeader(identifiers(draft), "").stamp(doc, fonts);
            PdfFiles.describe(
                    doc,
                    draft.subject(),
                    signer.map(Clinician::signatureName).orElse(profile.practiceName()),
                    WORDS.text("subject.kind." + draft.kind().id()),
                    now);
            int pages = doc.getNumberOfPages();
            return new Result(PdfFiles.bytes(doc), pages);
        } catch (IOException e) {
            throw new PdfExportException("the letter could not be drawn: " + e.getMessage(), e);
        }
    }

    /**
     * The running header's identifiers: none when the letter names nobody; the patient's name only
     * for the employer, who needs no more to find the case.
     */
    private List<String> identifiers(ComplaintDraft draft) {
        if (!draft.namesPatient() || c.isEmpty()) {
            return List.of();
        }
        List<String> all = RunningHeader.identifiersOf(c.get());
        return draft.kind() == ComplaintKind.EMPLOYER ? all.subList(0, 1) : all;
    }

    /** Writes the letter whole or not at all; returns its page count. */
    public int write(ComplaintDraft draft, List<String> addressee, Path out, ZonedDateTime now)
            throws PdfExportException {
        PdfFiles.checkWritable(out);
        Result r = render(draft, addressee, now);
        PdfFiles.writeAtomically(r.bytes(), out);
        return r.pages();
    }
}

package org.overturn.ui.parity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.overturn.core.AuditTrail;
import org.overturn.core.ComplaintExport;
import org.overturn.core.ReferenceData;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.ComplaintRoute;
import org.overturn.domain.complaints.Regulator;
import org.overturn.domain.letters.ComplaintComposer;
import org.overturn.domain.letters.ComplaintDraft;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.export.pdf.PdfExportException;

/**
 * What the complaint dialog asks of the rest of the app: who takes each kind, the draft, and the
 * PDF written and logged. The app uses {@link #of}; view-model tests may pass a plain fake.
 */
public interface ComplaintWork {

    ComplaintRoute route(CaseFile c, ComplaintKind kind);

    /** The draft to the addressee, or why there is none (for the clinician). */
    ComplaintComposer.Result draft(
            CaseFile c, Optional<Payer> payer, ComplaintKind kind, Regulator to, LocalDate today);

    /**
     * Writes the letter (whole or not at all) and logs it in the activity log; returns its pages.
     * Slow: called off the FX thread.
     *
     * @param addressee the office's lines as typed over the draft's, or empty for the draft's own
     */
    int export(
            CaseFile c,
            Optional<Payer> payer,
            ComplaintDraft d,
            List<String> addressee,
            Path out,
            ZonedDateTime now)
            throws PdfExportException;

    /**
     * @param profile the practice profile as stored (read at export, off the FX thread: the
     *     letterhead and the signer)
     */
    static ComplaintWork of(
            ReferenceData ref, Supplier<PracticeProfile> profile, AuditTrail audit) {
        return new ComplaintWork() {
            @Override
            public ComplaintRoute route(CaseFile c, ComplaintKind kind) {
                return ComplaintComposer.route(c, kind);
            }

            @Override
            public ComplaintComposer.Result draft(
                    CaseFile c,
                    Optional<Payer> payer,
                    ComplaintKind kind,
                    Regulator to,
                    LocalDate today) {
                // The draft does not use the letterhead: the profile is read only to print.
                return new ComplaintExport(ref, x -> payer, PracticeProfile.empty())
                        .draft(c, kind, Optional.of(to), today);
            }

            @Override
            public int export(
                    CaseFile c,
                    Optional<Payer> payer,
                    ComplaintDraft d,
                    List<String> addressee,
                    Path out,
                    ZonedDateTime now)
                    throws PdfExportException {
                int pages =
                        new ComplaintExport(ref, x -> payer, profile.get())
                                .export(c, d, addressee, out, now);
                c.id().ifPresent(id -> audit.fileWritten(AuditAction.COMPLAINT_EXPORTED, id, out));
                return pages;
            }
        };
    }
}

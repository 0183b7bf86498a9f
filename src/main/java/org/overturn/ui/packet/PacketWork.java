package org.overturn.ui.packet;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.overturn.core.AuditTrail;
import org.overturn.core.PacketService;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.export.packet.PacketProgress;
import org.overturn.export.packet.PartInfo;
import org.overturn.export.pdf.PdfExportException;

/**
 * What the Letters section asks of the rest of the app (issue 16, item 2): the reference data a
 * letter cites, the packet's parts, enclosures, the export and the record of a submission, each
 * export and submission written to the activity log. The app uses {@link #of}; view-model tests
 * pass a plain fake.
 */
public interface PacketWork {

    CitationLibrary library();

    StateCriteriaLookup stateRules();

    Map<Instrument, InstrumentDefinition> instruments();

    /** The packet's parts with their page counts, as they would be exported now. */
    List<PartInfo> preview(CaseFile c, ZonedDateTime now);

    /** The case with the file added as an enclosure, or why the file can't be enclosed. */
    CaseFile addEnclosure(CaseFile c, Path file, String title) throws PdfExportException;

    /** Writes the packet (protected when a password is given) and logs it; returns its pages. */
    int export(
            CaseFile c,
            Path out,
            PacketProgress progress,
            ZonedDateTime now,
            Optional<String> password)
            throws PdfExportException;

    /** Records that {@code sentFile} was sent, keeps its frozen copy, and logs it. */
    CaseFile recordSubmission(
            CaseFile c,
            LocalDate on,
            Optional<LocalTime> at,
            SubmissionMethod method,
            String sentTo,
            String confirmation,
            ReviewLevel level,
            Path sentFile,
            Optional<String> password)
            throws PdfExportException;

    static PacketWork of(PacketService service, AuditTrail audit) {
        return new PacketWork() {
            @Override
            public CitationLibrary library() {
                return service.library();
            }

            @Override
            public StateCriteriaLookup stateRules() {
                return service.stateRules();
            }

            @Override
            public Map<Instrument, InstrumentDefinition> instruments() {
                return service.instruments();
            }

            @Override
            public List<PartInfo> preview(CaseFile c, ZonedDateTime now) {
                return service.exporter(c, now).preview();
            }

            @Override
            public CaseFile addEnclosure(CaseFile c, Path file, String title)
                    throws PdfExportException {
                return service.addEnclosure(c, file, title);
            }

            @Override
            public int export(
                    CaseFile c,
                    Path out,
                    PacketProgress progress,
                    ZonedDateTime now,
                    Optional<String> password)
                    throws PdfExportException {
                int pages = service.export(c, out, progress, now, password);
                c.id().ifPresent(id -> audit.fileWritten(AuditAction.PACKET_EXPORTED, id, out));
                return pages;
            }

            @Override
            public CaseFile recordSubmission(
                    CaseFile c,
                    LocalDate on,
                    Optional<LocalTime> at,
                    SubmissionMethod method,
                    String sentTo,
                    String confirmation,
                    ReviewLevel level,
                    Path sentFile,
                    Optional<String> password)
                    throws PdfExportException {
                CaseFile recorded =
                        service.recordSubmission(
                                c, on, at, method, sentTo, confirmation, level, sentFile, password);
                c.id().ifPresent(
                                id -> {
                                    if (sentFile != null) {
                                        audit.fileWritten(
                                                AuditAction.SUBMISSION_RECORDED, id, sentFile);
                                    } else {
                                        audit.happened(AuditAction.SUBMISSION_RECORDED, id);
                                    }
                                });
                return recorded;
            }
        };
    }
}

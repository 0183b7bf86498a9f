package org.overturn.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.Submissions;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.store.DocumentStore;
import org.overturn.export.packet.EnclosureSource;
import org.overturn.export.packet.PacketExporter;
import org.overturn.export.packet.PacketInputs;
import org.overturn.export.packet.PacketProgress;
import org.overturn.export.pdf.EnclosurePages;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.PdfProtection;

/**
 * The packet's work on a stored case: adding enclosures (checked, stored with their checksum),
 * exporting, and recording a submission with a frozen copy of what was sent. Returns changed cases
 * for the caller to save, so the screens keep their autosave and undo.
 */
public final class PacketService {

    /** An enclosure above this size is refused: a fax or portal will not take it either. */
    public static final long MAX_ENCLOSURE_BYTES = 50L * 1024 * 1024;

    private final CoreServices core;
    private final CitationLibrary library;
    private final StateCriteriaLookup stateRules;
    private final Map<Instrument, InstrumentDefinition> instruments;

    /**
     * Over the app's reference data: the citation library, state rules and instruments it has read,
     * or reads now.
     */
    public PacketService(CoreServices core) {
        this(
                core,
                core.reference().citations(),
                core.reference().stateRules(),
                core.reference().instruments());
    }

    public PacketService(
            CoreServices core,
            CitationLibrary library,
            StateCriteriaLookup stateRules,
            Map<Instrument, InstrumentDefinition> instruments) {
        this.core = core;
        this.library = library;
        this.stateRules = stateRules;
        this.instruments = Map.copyOf(instruments);
    }

    public CitationLibrary library() {
        return library;
    }

    public StateCriteriaLookup stateRules() {
        return stateRules;
    }

    public Map<Instrument, InstrumentDefinition> instruments() {
        return instruments;
    }

    public Optional<Payer> payer(CaseFile c) {
        return c.plan().payerId().flatMap(id -> core.payers().find(id));
    }

    public PacketInputs inputs(CaseFile c, ZonedDateTime now) {
        DocumentStore store = core.documents();
        EnclosureSource source =
                e ->
                        store.get(e.id())
                                .orElseThrow(() -> new IOException("its stored copy is missing"));
        return new PacketInputs(
                c, payer(c), core.profiles().load(), library, stateRules, instruments, source, now);
    }

    public PacketExporter exporter(CaseFile c, ZonedDateTime now) {
        return new PacketExporter(inputs(c, now));
    }

    /**
     * Checks and stores a file as an enclosure of the case, at the end of the list.
     *
     * @throws PdfExportException when the file is missing, too large, not a PDF or picture, broken
     *     or protected
     */
    public CaseFile addEnclosure(CaseFile c, Path file, String title) throws PdfExportException {
        long caseId =
                c.id().orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "store the case before adding enclosures"));
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_ENCLOSURE_BYTES) {
                throw new PdfExportException(
                        name + " is larger than 50 MB; split it or reduce its resolution");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PdfExportException(name + ": no such file", e);
        } catch (IOException e) {
            throw new PdfExportException(name + " could not be read: " + e.getMessage(), e);
        }
        String t = title == null || title.isBlank() ? stem(name) : title.strip();
        int pages;
        try (EnclosurePages p = EnclosurePages.open("“" + t + "” (" + name + ")", name, bytes)) {
            pages = p.pages();
        }
        String id = UUID.randomUUID().toString();
        String sha = core.documents().put(caseId, id, DocumentStore.Role.ENCLOSURE, name, bytes);
        Enclosure e = new Enclosure(id, t, name, 0, false, sha, bytes.length, Optional.of(pages));
        return c.withPacket(c.packet().withEnclosureAdded(e));
    }

    /** Removes an enclosure from the case and its stored bytes. */
    public CaseFile removeEnclosure(CaseFile c, String enclosureId) {
        core.documents().delete(enclosureId);
        return c.withPacket(
                c.packet()
                        .withEnclosures(
                                c.packet().enclosures().stream()
                                        .filter(e -> !e.id().equals(enclosureId))
                                        .toList()));
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String s =
                (dot > 0 ? fileName.substring(0, dot) : fileName)
                        .replace('_', ' ')
                        .replace('-', ' ')
                        .strip();
        return s.isEmpty() ? fileName : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Exports the packet of the case to the file; returns the page count. */
    public int export(CaseFile c, Path out, PacketProgress progress, ZonedDateTime now)
            throws PdfExportException {
        return exporter(c, now).export(out, progress);
    }

    /** Exports the packet protected with the password when one is given; returns the page count. */
    public int export(
            CaseFile c,
            Path out,
            PacketProgress progress,
            ZonedDateTime now,
            Optional<String> password)
            throws PdfExportException {
        return exporter(c, now).export(out, progress, password);
    }

    /**
     * Records that the packet in {@code sentFile} was sent: keeps a frozen copy of exactly those
     * bytes, adds the submission and a timeline event, and sets the date the clock counts the
     * appeal (or external review) from.
     */
    public CaseFile recordSubmission(
            CaseFile c,
            LocalDate sentOn,
            Optional<LocalTime> sentAt,
            SubmissionMethod method,
            String sentTo,
            String confirmation,
            ReviewLevel level,
            Path sentFile)
            throws PdfExportException {
        return recordSubmission(
                c, sentOn, sentAt, method, sentTo, confirmation, level, sentFile, Optional.empty());
    }

    /**
     * As above, for a packet sent protected with a password: the frozen copy is the packet without
     * its protection, kept in the database like every other document, so it can be read again
     * without the password.
     */
    public CaseFile recordSubmission(
            CaseFile c,
            LocalDate sentOn,
            Optional<LocalTime> sentAt,
            SubmissionMethod method,
            String sentTo,
            String confirmation,
            ReviewLevel level,
            Path sentFile,
            Optional<String> password)
            throws PdfExportException {
        long caseId =
                c.id().orElseThrow(() -> new IllegalArgumentException("store the case first"));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(sentFile);
        } catch (IOException e) {
            throw new PdfExportException(
                    sentFile.getFileName() + " could not be read: " + e.getMessage(), e);
        }
        if (password.isPresent()) {
            bytes = PdfProtection.unprotect(bytes, password.get());
        }
        int pages;
        try (EnclosurePages p =
                EnclosurePages.open(
                        sentFile.getFileName().toString(),
                        sentFile.getFileName().toString(),
                        bytes)) {
            pages = p.pages();
        }
        String id = UUID.randomUUID().toString();
        String sha =
                core.documents()
                        .put(
                                caseId,
                                id,
                                DocumentStore.Role.SUBMISSION,
                                sentFile.getFileName().toString(),
                                bytes);
        Submission s =
                new Submission(
                        UUID.randomUUID().toString(),
                        sentOn,
                        sentAt,
                        method,
                        sentTo,
                        confirmation,
                        level,
                        id,
                        sha,
                        pages);
        return Submissions.record(c, s);
    }
}

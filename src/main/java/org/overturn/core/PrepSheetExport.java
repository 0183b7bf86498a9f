package org.overturn.core;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.letters.Part2Check;
import org.overturn.domain.letters.Recipients;
import org.overturn.domain.letters.Words;
import org.overturn.domain.p2p.LawPoints;
import org.overturn.domain.p2p.PrepSheet;
import org.overturn.domain.p2p.PrepSheetBuilder;
import org.overturn.domain.packet.Part2Consent;
import org.overturn.domain.packet.Part2Notice;
import org.overturn.export.p2p.PrepSheetPdf;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.RunningHeader;

/**
 * The prep sheet of a stored case as a PDF, for the command line, the Export and the Print buttons:
 * built from the case exactly as the screen builds it, and refused for a substance-use case without
 * a consent that covers the plan (the packet's 42 CFR Part 2 rule).
 */
public final class PrepSheetExport {

    private final PrepSheetBuilder builder;
    private final CitationLibrary library;
    private final Function<CaseFile, Optional<Payer>> payers;

    public PrepSheetExport(CoreServices core) {
        this(core.reference(), c -> c.plan().payerId().flatMap(id -> core.payers().find(id)));
    }

    public PrepSheetExport(ReferenceData ref, Function<CaseFile, Optional<Payer>> payers) {
        this.builder =
                new PrepSheetBuilder(
                        ref.patterns(),
                        new LawPoints(ref.citations(), ref.stateRules()),
                        ref.dimensionNames());
        this.library = ref.citations();
        this.payers = payers;
    }

    /** The 42 CFR Part 2 check against the plan the call is with (the packet's recipient). */
    public Part2Check.Result part2(CaseFile c, ZonedDateTime now) {
        return Part2Check.check(c, Recipients.recipient(c, payers.apply(c)), now.toLocalDate());
    }

    /** Why the sheet may not be exported now, or empty. */
    public Optional<String> refusal(CaseFile c, ZonedDateTime now) {
        Part2Check.Result r = part2(c, now);
        return r.allowed() ? Optional.empty() : Optional.of(r.explanation());
    }

    public PrepSheet sheet(CaseFile c, ZonedDateTime now) {
        return builder.build(c, now.toLocalDateTime(), now.getZone());
    }

    /** The sheet's PDF. */
    public PrepSheetPdf.Result render(CaseFile c, ZonedDateTime now) throws PdfExportException {
        Part2Check.Result r = part2(c, now);
        if (!r.allowed()) {
            throw new PdfExportException(r.explanation());
        }
        return pdf().render(sheet(c, now), RunningHeader.identifiersOf(c), notice(c, r, now), now);
    }

    /** Writes the sheet to the file through a temp file; returns the page count. */
    public int export(CaseFile c, Path out, ZonedDateTime now) throws PdfExportException {
        return export(c, out, now, Optional.empty());
    }

    /** Writes the sheet, protected with the password when one is given; returns the page count. */
    public int export(CaseFile c, Path out, ZonedDateTime now, Optional<String> password)
            throws PdfExportException {
        Part2Check.Result r = part2(c, now);
        if (!r.allowed()) {
            throw new PdfExportException(r.explanation());
        }
        return pdf().write(
                        sheet(c, now),
                        RunningHeader.identifiersOf(c),
                        notice(c, r, now),
                        now,
                        out,
                        password)
                .pages();
    }

    private PrepSheetPdf pdf() {
        return new PrepSheetPdf(id -> library.find(id).map(Citation::citation));
    }

    /**
     * The scope of the consent the sheet is disclosed under (42 CFR 2.32(b)), for a substance-use
     * case.
     */
    private Optional<String> notice(CaseFile c, Part2Check.Result r, ZonedDateTime now) {
        if (!r.protectedRecords()) {
            return Optional.empty();
        }
        Part2Consent k = r.consent().orElseThrow();
        return Optional.of(
                Part2Notice.scopeSentence(c.patient().name(), k, Words::date, now.toLocalDate()));
    }
}

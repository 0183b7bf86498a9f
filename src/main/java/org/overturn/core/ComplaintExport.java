package org.overturn.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.ComplaintRoute;
import org.overturn.domain.complaints.Regulator;
import org.overturn.domain.letters.ComplaintBundle;
import org.overturn.domain.letters.ComplaintComposer;
import org.overturn.domain.letters.ComplaintDraft;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.export.pdf.ComplaintPdf;
import org.overturn.export.pdf.PdfExportException;

/**
 * Complaints to regulators and letters to the plan's sponsor for a stored case, for the command
 * line and the Parity screen alike: who takes each kind, the draft, and the PDF written whole or
 * not at all.
 */
public final class ComplaintExport {

    private final ReferenceData ref;
    private final Function<CaseFile, Optional<Payer>> payers;
    private final PracticeProfile profile;

    public ComplaintExport(CoreServices core) {
        this(
                core.reference(),
                c -> c.plan().payerId().flatMap(id -> core.payers().find(id)),
                core.profiles().load());
    }

    public ComplaintExport(
            ReferenceData ref,
            Function<CaseFile, Optional<Payer>> payers,
            PracticeProfile profile) {
        this.ref = ref;
        this.payers = payers;
        this.profile = profile;
    }

    public ComplaintRoute route(CaseFile c, ComplaintKind kind) {
        return ComplaintComposer.route(c, kind);
    }

    /**
     * The draft for the addressee, or the route's usual one when none is given; the refusal says
     * why there is none.
     */
    public ComplaintComposer.Result draft(
            CaseFile c, ComplaintKind kind, Optional<Regulator> to, LocalDate today) {
        ComplaintRoute route = route(c, kind);
        if (!route.open()) {
            return ComplaintComposer.Result.refused(route.refusal().orElseThrow());
        }
        Regulator who = to.orElse(route.first().orElseThrow());
        return ComplaintComposer.draft(
                new ComplaintComposer.Inputs(
                        c, payers.apply(c), kind, who, ref.citations(), ref.stateRules(), today));
    }

    public ComplaintPdf.Result render(
            CaseFile c, ComplaintDraft d, List<String> addressee, ZonedDateTime now)
            throws PdfExportException {
        return new ComplaintPdf(c, profile, ref.citations()).render(d, addressee, now);
    }

    /** Writes the letter through a temp file; returns the page count. */
    public int export(
            CaseFile c, ComplaintDraft d, List<String> addressee, Path out, ZonedDateTime now)
            throws PdfExportException {
        return new ComplaintPdf(c, profile, ref.citations()).write(d, addressee, out, now);
    }

    /**
     * A program's parity complaint about one payer across the cases, to the office given or the
     * usual one they share.
     */
    public ComplaintComposer.Result bundle(
            List<CaseFile> cases, Optional<Regulator> to, LocalDate today) {
        Optional<Payer> payer = cases.isEmpty() ? Optional.empty() : payers.apply(cases.get(0));
        return ComplaintBundle.draft(
                new ComplaintBundle.Inputs(
                        cases, payer, to, profile.practiceName(), ref.citations(), today));
    }

    /** Writes the program's letter through a temp file; returns the page count. */
    public int exportBundle(ComplaintDraft d, List<String> addressee, Path out, ZonedDateTime now)
            throws PdfExportException {
        return ComplaintPdf.program(profile, ref.citations()).write(d, addressee, out, now);
    }
}

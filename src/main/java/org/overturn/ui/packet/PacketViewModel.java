package org.overturn.ui.packet;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.Submissions;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.letters.LetterComposer;
import org.overturn.domain.letters.LetterGaps;
import org.overturn.domain.letters.LetterInputs;
import org.overturn.domain.letters.LetterStaleness;
import org.overturn.domain.letters.Part2Check;
import org.overturn.domain.letters.Recipients;
import org.overturn.domain.packet.AppealUrgency;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.ConsentPurpose;
import org.overturn.domain.packet.GeneratedPart;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.Part2Consent;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.domain.readiness.PacketReadiness;
import org.overturn.domain.readiness.Problem;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.export.packet.PartInfo;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.overturn.ui.settings.PracticeProfiles;

/**
 * The Letters and packet section: the letter and its variant, who signs it, what still blocks or
 * weakens the packet (the readiness list, checked on every change), the parts with page counts,
 * enclosures, Part 2 consents, export and submissions. Every change goes through the workspace, so
 * it autosaves and can be undone.
 */
public final class PacketViewModel {

    private final ObservableList<LetterStaleness.Stale> stale = FXCollections.observableArrayList();
    private final Background background;
    private final Clock clock;
    private final WorkspaceViewModel workspace;
    private final PacketWork service;
    private final PracticeProfiles profiles;
    private final ObservableList<Clinician> signers = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper noClinicians = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper exportBlockedReason = new ReadOnlyStringWrapper("");
    private Consumer<FixPlace> localFix = p -> {};
    private final InvalidationListener profileChanged = o -> refreshSignerAndReadiness(caseFile());
    private final ObservableList<PartInfo> parts = FXCollections.observableArrayList();
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper part2Status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper part2Needed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exportAllowed = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Path> lastExport = new SimpleObjectProperty<>();
    // The password of the last export, if it was protected: recording its submission needs it,
    // nothing else does.
    private Optional<String> lastExportPassword = Optional.empty();
    private long previewGeneration;
    // Typing in the letter changes the case on every keystroke; page counts are recounted once
    // typing pauses.
    private static final long PREVIEW_PAUSE_MILLIS = 600;
    private ScheduledFuture<?> previewPause;

    public PacketViewModel(
            Background background,
            Clock clock,
            WorkspaceViewModel workspace,
            PacketWork service,
            PracticeProfiles profiles) {
        this.background = background;
        this.clock = clock;
        this.workspace = workspace;
        this.service = service;
        this.profiles = profiles;
        workspace.caseFileProperty().addListener((o, a, c) -> refresh(c));
        // The profile outlives this case's screen: listen weakly, so a closed case can be
        // collected.
        profiles.currentProperty().addListener(new WeakInvalidationListener(profileChanged));
        profiles.loadedProperty().addListener(new WeakInvalidationListener(profileChanged));
        refresh(workspace.caseFile());
        profiles.ensureLoaded();
    }

    public CaseFile caseFile() {
        return workspace.caseFile();
    }

    public ObservableValue<CaseFile> caseFileProperty() {
        return workspace.caseFileProperty();
    }

    public Optional<Payer> payer() {
        return workspace.payer();
    }

    /** A message for the status line (from the screen, e.g. when no system viewer exists). */
    public void statusMessage(String text) {
        status.set(text);
    }

    public ObservableList<PartInfo> parts() {
        return parts;
    }

    public ObservableList<String> gaps() {
        return gaps;
    }

    public ReadOnlyStringProperty part2StatusProperty() {
        return part2Status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty part2NeededProperty() {
        return part2Needed.getReadOnlyProperty();
    }

    /** False while anything blocks the packet (or the practice profile is still being read). */
    public ReadOnlyBooleanProperty exportAllowedProperty() {
        return exportAllowed.getReadOnlyProperty();
    }

    /** Why the export is not allowed, for the line beside the button; empty when it is. */
    public ReadOnlyStringProperty exportBlockedReasonProperty() {
        return exportBlockedReason.getReadOnlyProperty();
    }

    /** What the readiness check found: blocking problems first, then warnings. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /**
     * The clinicians who may sign: the practice's, and the case's stored signer if the practice no
     * longer lists it.
     */
    public ObservableList<Clinician> signers() {
        return signers;
    }

    public ReadOnlyBooleanProperty noCliniciansProperty() {
        return noClinicians.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<Path> lastExportProperty() {
        return lastExport;
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** The letter as stored, or the default variant with no parts yet. */
    public LetterDraft letter() {
        return LetterComposer.storedOrDefault(caseFile());
    }

    public String recipient() {
        return Recipients.recipient(caseFile(), workspace.payer());
    }

    private LetterInputs letterInputs(CaseFile c, LetterDraft variant, PracticeProfile profile) {
        return new LetterInputs(
                c,
                workspace.payer(),
                profile,
                service.library(),
                service.stateRules(),
                service.instruments(),
                variant,
                now().toLocalDate());
    }

    private void refresh(CaseFile c) {
        Part2Check.Result r =
                Part2Check.check(
                        c, Recipients.recipient(c, workspace.payer()), now().toLocalDate());
        part2Needed.set(r.protectedRecords());
        refreshSignerAndReadiness(c);
        part2Status.set(
                !r.protectedRecords()
                        ? ""
                        : r.allowed()
                                ? Messages.format(
                                        "packet.part2.ok",
                                        r.consent().orElseThrow().recipient(),
                                        r.consent().orElseThrow().until())
                                : r.explanation());
        if (previewPause != null) {
            previewPause.cancel(false);
        }
        if (parts.isEmpty()) {
            preview(c);
        } else {
            try {
                previewPause =
                        background.laterOnFx(
                                () -> preview(workspace.caseFile()), PREVIEW_PAUSE_MILLIS);
            } catch (RejectedExecutionException e) {
                // The app is closing.
            }
        }
    }

    private void preview(CaseFile c) {
        long gen = ++previewGeneration;
        try {
            previewNow(c, gen);
        } catch (RejectedExecutionException e) {
            // The app is closing: nothing left to count pages for.
        }
    }

    /** The packet's parts and the letter's gaps, counted off the FX thread. */
    private record Preview(List<PartInfo> parts, List<String> gaps) {}

    /** The case with the enclosures that were added, and why each other file was refused. */
    private record Added(CaseFile caseFile, List<String> refused) {}

    private void previewNow(CaseFile c, long gen) {
        PracticeProfile profile = profiles.current();
        LetterDraft variant = letter();
        background.run(
                () -> {
                    List<String> g = LetterGaps.of(letterInputs(c, variant, profile));
                    return new Preview(service.preview(c, now()), g);
                },
                result -> {
                    if (gen == previewGeneration) {
                        parts.setAll(result.parts());
                        gaps.setAll(result.gaps());
                    }
                },
                e -> status.set(Messages.format("packet.preview.failed", e.getMessage())));
    }

    // ---- who signs, and what blocks the packet
    // -------------------------------------------------------------------

    /** The edited parts the case has changed under, each with the sentences then and now. */
    public ObservableList<LetterStaleness.Stale> stale() {
        return stale;
    }

    /** The clinician keeps their text of a stale part; the draft under it becomes today's. */
    public void keepMine(LetterStaleness.Stale s) {
        workspace.edit(
                c ->
                        c.withPacket(
                                c.packet()
                                        .withLetter(
                                                LetterStaleness.keepMine(
                                                        LetterComposer.storedOrDefault(c),
                                                        s,
                                                        now().toLocalDate()))));
    }

    /** The clinician takes the new draft of a stale part, dropping their edit of it. */
    public void takeNew(LetterStaleness.Stale s) {
        workspace.edit(
                c ->
                        c.withPacket(
                                c.packet()
                                        .withLetter(
                                                LetterStaleness.takeNew(
                                                        LetterComposer.storedOrDefault(c),
                                                        s,
                                                        now().toLocalDate()))));
    }

    /**
     * Parts the clinician never edited follow the case: drafted again as soon as a fact under them
     * changes; edited parts the case changed under are listed for a choice.
     */
    private void followCase(CaseFile c, PracticeProfile profile) {
        if (c.packet().letter().isEmpty() || c.packet().letter().get().sections().isEmpty()) {
            if (!stale.isEmpty()) {
                stale.clear();
            }
            return;
        }
        LetterInputs in = letterInputs(c, LetterComposer.storedOrDefault(c), profile);
        LetterDraft current = LetterStaleness.current(in);
        if (!current.equals(in.variant())) {
            background.deferToFx(
                    () ->
                            workspace.edit(
                                    x ->
                                            x.packet()
                                                    .letter()
                                                    .filter(l -> l.equals(in.variant()))
                                                    .map(
                                                            l ->
                                                                    x.withPacket(
                                                                            x.packet()
                                                                                    .withLetter(
                                                                                            current)))
                                                    .orElse(x)));
        }
        var found = LetterStaleness.staleEdits(in);
        if (!stale.equals(found)) {
            stale.setAll(found);
        }
    }

    private void refreshSignerAndReadiness(CaseFile c) {
        PracticeProfile profile = profiles.current();
        followCase(c, profile);
        List<Clinician> list = new ArrayList<>(profile.clinicians());
        c.packet().signer().filter(k -> !list.contains(k)).ifPresent(list::add);
        if (!signers.equals(list)) {
            signers.setAll(list);
        }
        noClinicians.set(profile.clinicians().isEmpty());
        List<Problem> found = readiness(c);
        List<Problem> sorted = new ArrayList<>(found.stream().filter(Problem::blocks).toList());
        found.stream().filter(p -> !p.blocks()).forEach(sorted::add);
        if (!problems.equals(sorted)) {
            problems.setAll(sorted);
        }
        long blocking = sorted.stream().filter(Problem::blocks).count();
        if (!profiles.loadedProperty().get()) {
            exportBlockedReason.set(Messages.get("packet.export.waitingForProfile"));
        } else if (blocking > 0) {
            exportBlockedReason.set(
                    Messages.format("packet.export.blocked", blocking, sorted.get(0).message()));
        } else {
            exportBlockedReason.set("");
        }
        exportAllowed.set(exportBlockedReason.get().isEmpty());
    }

    /**
     * The readiness check on the case as it is now (domain rules only: cheap enough for every
     * keystroke).
     */
    private List<Problem> readiness(CaseFile c) {
        return PacketReadiness.check(
                letterInputs(c, LetterComposer.storedOrDefault(c), profiles.current()));
    }

    /** The case's signer, if one was chosen. */
    public Optional<Clinician> signer() {
        return caseFile().packet().signer();
    }

    /**
     * Makes a copy of the clinician the case's signer (saved with the case like any other edit).
     */
    public void chooseSigner(Clinician k) {
        if (k == null || signer().equals(Optional.of(k))) {
            return;
        }
        workspace.edit(c -> c.withPacket(c.packet().withSigner(Optional.of(k))));
    }

    /**
     * "Ana Ruiz, MD", with a note when it is the case's own copy of someone the practice no longer
     * lists as such.
     */
    public String signerLabel(Clinician k) {
        PracticeProfile p = profiles.current();
        if (p.clinicians().contains(k)) {
            return k.signatureName();
        }
        return p.clinician(k.name()).isPresent()
                ? Messages.format("packet.signer.storedCopy", k.signatureName())
                : Messages.format("packet.signer.notInProfile", k.signatureName());
    }

    /**
     * "Physician (MD/DO) · NPI 1234567893": what the letter and the urgency rules take from the
     * signer.
     */
    public String signerDetail(Clinician k) {
        List<String> parts = new ArrayList<>();
        parts.add(
                Messages.get(
                        k.physician() ? "packet.signer.physician" : "packet.signer.notPhysician"));
        if (!k.npi().isEmpty()) {
            parts.add(Messages.format("packet.signer.npi", k.npi()));
        }
        return String.join(" · ", parts);
    }

    /**
     * What the Letters screen does for problems fixed inside it (focus a control, open Settings).
     */
    public void setLocalFixHandler(Consumer<FixPlace> handler) {
        this.localFix = handler == null ? p -> {} : handler;
    }

    /**
     * Takes the clinician where the problem is fixed: another section of the case, or a place in
     * this one.
     */
    public void fix(FixPlace place) {
        Optional<Section> s = sectionFor(place);
        if (s.isPresent()) {
            workspace.show(s.get(), focusFor(place));
        } else {
            localFix.accept(place);
        }
    }

    /** The control that fixes the problem in the section it sends the clinician to. */
    static String focusFor(FixPlace place) {
        return switch (place) {
            case PATIENT_PLAN -> "#planTypeBox";
            case DENIAL -> "#rationaleArea";
            case CLINICAL_PICTURE -> "#ifCareStopsArea";
            case SCORING -> "#startAssessmentButton";
            case REBUTTAL -> "#confirmAllButton";
            default -> "";
        };
    }

    static Optional<Section> sectionFor(FixPlace place) {
        return switch (place) {
            case PATIENT_PLAN -> Optional.of(Section.PATIENT_PLAN);
            case DENIAL -> Optional.of(Section.DENIALS);
            case CLINICAL_PICTURE -> Optional.of(Section.CLINICAL);
            case SCORING -> Optional.of(Section.SCORING);
            case REBUTTAL -> Optional.of(Section.REBUTTAL);
            case LETTERS_SIGNER,
                    LETTERS_VARIANT,
                    LETTERS_STALE,
                    LETTERS_CONSENT,
                    LETTERS_ENCLOSURES,
                    PRACTICE_PROFILE ->
                    Optional.empty();
        };
    }

    // ---- the letter
    // --------------------------------------------------------------------------------------------

    public void setVariant(AppealUrgency u, Signer s, ReviewLevel r) {
        LetterDraft l = letter();
        if (l.urgency() == u && l.signer() == s && l.reviewLevel() == r) {
            return;
        }
        workspace.edit(c -> c.withPacket(c.packet().withLetter(letter().withVariant(u, s, r))));
    }

    public void setAddressee(String a) {
        if (!letter().addressee().equals(a == null ? "" : a.strip())) {
            workspace.edit(c -> c.withPacket(c.packet().withLetter(letter().withAddressee(a))));
        }
    }

    /** The parts the clinician edited that a regeneration would replace. */
    public List<LetterPart> editsAtStake() {
        return LetterComposer.editsAtStake(letter());
    }

    /**
     * Drafts the letter again from the case; {@code replaceEdits} false keeps every edited part's
     * text.
     */
    public void regenerate(boolean replaceEdits) {
        LetterDraft current = letter();
        List<LetterSection> fresh =
                LetterComposer.draft(letterInputs(caseFile(), current, profiles.current()));
        LetterDraft next =
                LetterComposer.regenerate(current, fresh, replaceEdits, now().toLocalDate());
        if (replaceEdits && !editsAtStake().isEmpty()) {
            workspace.editUndoably(
                    Messages.get("packet.undo.regenerated"),
                    c -> c.withPacket(c.packet().withLetter(next)));
        } else {
            workspace.edit(c -> c.withPacket(c.packet().withLetter(next)));
        }
    }

    public void editPart(LetterPart part, String text) {
        Optional<LetterSection> s = letter().section(part);
        if (s.isPresent() && s.get().text().equals(text)) {
            return;
        }
        workspace.edit(c -> c.withPacket(c.packet().withLetter(letter().withEdit(part, text))));
    }

    public void revertPart(LetterPart part) {
        letter().section(part)
                .ifPresent(
                        s ->
                                workspace.editUndoably(
                                        Messages.format(
                                                "packet.undo.reverted", Messages.label(part)),
                                        c ->
                                                c.withPacket(
                                                        c.packet()
                                                                .withLetter(
                                                                        letter().withEdit(
                                                                                        part,
                                                                                        s
                                                                                                .drafted())))));
    }

    // ---- parts and enclosures
    // --------------------------------------------------------------------------------

    private static final String ENCLOSURE = "enclosure:";

    /** The enclosure a part of the preview is, if it is one (its id is "enclosure:ID"). */
    static Optional<String> enclosureId(PartInfo p) {
        return p.id().startsWith(ENCLOSURE)
                ? Optional.of(p.id().substring(ENCLOSURE.length()))
                : Optional.empty();
    }

    /**
     * Whether the part may be left out of the packet: every part but the letter and the Part 2
     * notice.
     */
    public static boolean canExclude(PartInfo p) {
        return !p.id().equals("letter") && !p.id().equals("part2-notice");
    }

    /** Whether the part may be removed from the case: only an enclosure, which the user added. */
    public static boolean canRemove(PartInfo p) {
        return enclosureId(p).isPresent();
    }

    public void move(PartInfo p, int delta) {
        Optional<String> enclosure = enclosureId(p);
        if (enclosure.isPresent()) {
            String id = enclosure.get();
            workspace.edit(c -> c.withPacket(c.packet().withEnclosureMoved(id, delta)));
        } else {
            generated(p)
                    .ifPresent(
                            g ->
                                    workspace.edit(
                                            c ->
                                                    c.withPacket(
                                                            c.packet()
                                                                    .withLayout(
                                                                            c.packet()
                                                                                    .layout()
                                                                                    .moved(
                                                                                            g,
                                                                                            delta)))));
        }
    }

    public void exclude(PartInfo p) {
        if (!canExclude(p)) {
            return;
        }
        Optional<String> enclosure = enclosureId(p);
        if (enclosure.isPresent()) {
            String id = enclosure.get();
            caseFile().packet().enclosures().stream()
                    .filter(e -> e.id().equals(id))
                    .findFirst()
                    .ifPresent(
                            e ->
                                    workspace.edit(
                                            c ->
                                                    c.withPacket(
                                                            c.packet()
                                                                    .withEnclosure(
                                                                            e.withExcluded(
                                                                                    true)))));
        } else {
            generated(p)
                    .filter(g -> g != GeneratedPart.LETTER)
                    .ifPresent(
                            g ->
                                    workspace.edit(
                                            c ->
                                                    c.withPacket(
                                                            c.packet()
                                                                    .withLayout(
                                                                            c.packet()
                                                                                    .layout()
                                                                                    .withExcluded(
                                                                                            g,
                                                                                            true)))));
        }
    }

    /** Puts every left-out part and enclosure back in. */
    public void includeAll() {
        workspace.edit(
                c -> {
                    var pk = c.packet();
                    var layout = pk.layout();
                    for (GeneratedPart g : layout.excluded()) {
                        layout = layout.withExcluded(g, false);
                    }
                    return c.withPacket(
                            pk.withLayout(layout)
                                    .withEnclosures(
                                            pk.enclosures().stream()
                                                    .map(e -> e.withExcluded(false))
                                                    .toList()));
                });
    }

    public boolean anythingExcluded() {
        return !caseFile().packet().layout().excluded().isEmpty()
                || caseFile().packet().enclosures().stream().anyMatch(e -> e.excluded());
    }

    private static Optional<GeneratedPart> generated(PartInfo p) {
        return Arrays.stream(GeneratedPart.values()).filter(g -> g.id().equals(p.id())).findFirst();
    }

    /** Adds files as enclosures, in the background; a refused file is named in the status line. */
    public void addEnclosures(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set(Messages.get("packet.enclosure.adding"));
        CaseFile start = caseFile();
        background.run(
                () -> {
                    CaseFile c = start;
                    List<String> refused = new ArrayList<>();
                    for (Path f : files) {
                        try {
                            c = service.addEnclosure(c, f, "");
                        } catch (PdfExportException e) {
                            refused.add(e.getMessage());
                        }
                    }
                    return new Added(c, refused);
                },
                r -> {
                    busy.set(false);
                    CaseFile c = r.caseFile();
                    List<String> refused = r.refused();
                    var added =
                            c.packet().enclosures().stream()
                                    .filter(
                                            e ->
                                                    start.packet().enclosures().stream()
                                                            .noneMatch(x -> x.id().equals(e.id())))
                                    .toList();
                    workspace.edit(
                            x -> {
                                CaseFile out = x;
                                for (var e : added) {
                                    out = out.withPacket(out.packet().withEnclosureAdded(e));
                                }
                                return out;
                            });
                    status.set(
                            refused.isEmpty()
                                    ? Messages.format("packet.enclosure.added", added.size())
                                    : String.join("\n", refused));
                },
                e -> {
                    busy.set(false);
                    status.set(e.getMessage());
                });
    }

    public void removeEnclosure(PartInfo p) {
        if (!canRemove(p)) {
            return;
        }
        String id = enclosureId(p).orElseThrow();
        // Kept in the store until the case is deleted, so undo brings the enclosure back whole.
        workspace.editUndoably(
                Messages.format("packet.undo.enclosureRemoved", p.title()),
                c ->
                        c.withPacket(
                                c.packet()
                                        .withEnclosures(
                                                c.packet().enclosures().stream()
                                                        .filter(e -> !e.id().equals(id))
                                                        .toList())));
    }

    // ---- Part 2 consents
    // -----------------------------------------------------------------------------------------

    public void addConsent(
            String recipient,
            ConsentPurpose purpose,
            String detail,
            Optional<LocalDate> expires,
            String event,
            LocalDate signedOn,
            String signedBy,
            String information) {
        Part2Consent k =
                new Part2Consent(
                        UUID.randomUUID().toString(),
                        recipient,
                        purpose,
                        detail,
                        expires,
                        event,
                        signedOn,
                        signedBy,
                        Optional.empty(),
                        information);
        List<Part2Consent> all = new ArrayList<>(caseFile().packet().consents());
        all.add(k);
        workspace.edit(c -> c.withPacket(c.packet().withConsents(all)));
    }

    public void removeConsent(Part2Consent k) {
        workspace.editUndoably(
                Messages.format("packet.undo.consentRemoved", k.recipient()),
                c ->
                        c.withPacket(
                                c.packet()
                                        .withConsents(
                                                c.packet().consents().stream()
                                                        .filter(x -> !x.id().equals(k.id()))
                                                        .toList())));
    }

    // ---- export and submissions
    // ----------------------------------------------------------------------------------

    /**
     * Exports in the background with progress; calls {@code done} with the file on success.
     * Refused, with the reason in the status line and nothing written, while anything blocks the
     * packet.
     *
     * @return whether the export was started
     */
    public boolean export(Path target, Consumer<Path> done) {
        return export(target, Optional.empty(), done);
    }

    /**
     * As above, the PDF protected with the password when one is given. The password is kept in
     * memory until the next export, so that recording the submission can freeze the packet without
     * its protection.
     */
    public boolean export(Path target, Optional<String> password, Consumer<Path> done) {
        CaseFile c = caseFile();
        refreshSignerAndReadiness(c);
        if (!exportAllowed.get()) {
            status.set(exportBlockedReason.get());
            return false;
        }
        workspace.flush();
        busy.set(true);
        progress.set(0);
        status.set(Messages.get("packet.export.running"));
        Task<Integer> task =
                new Task<>() {
                    @Override
                    protected Integer call() throws Exception {
                        int pages =
                                service.export(
                                        c,
                                        target,
                                        (f, what) -> {
                                            updateProgress(f, 1);
                                            updateMessage(what);
                                        },
                                        now(),
                                        password);
                        return pages;
                    }
                };
        progress.bind(task.progressProperty());
        task.setOnSucceeded(
                e -> {
                    progress.unbind();
                    busy.set(false);
                    lastExportPassword = password;
                    workspace.edit(
                            x ->
                                    x.withEvent(
                                            TimelineEvent.exported(
                                                    LocalDate.now(clock),
                                                    TimelineEvent.PACKET,
                                                    task.getValue())));
                    status.set(
                            Messages.format(
                                    password.isPresent()
                                            ? "packet.export.doneProtected"
                                            : "packet.export.done",
                                    target.getFileName(),
                                    task.getValue()));
                    // Last: whoever watches for the finished export finds its status and timeline
                    // already there.
                    lastExport.set(target);
                    done.accept(target);
                });
        task.setOnFailed(
                e -> {
                    progress.unbind();
                    progress.set(0);
                    busy.set(false);
                    Throwable t = task.getException();
                    status.set(
                            t instanceof PdfExportException
                                    ? t.getMessage()
                                    : Messages.format(
                                            "packet.export.failed",
                                            String.valueOf(t.getMessage())));
                });
        background.submit(task);
        return true;
    }

    public void recordSubmission(
            LocalDate on,
            Optional<LocalTime> at,
            SubmissionMethod method,
            String sentTo,
            String confirmation,
            Path sentFile) {
        CaseFile start = caseFile();
        ReviewLevel level = letter().reviewLevel();
        Optional<String> password = lastExportPassword;
        busy.set(true);
        background.run(
                () -> {
                    try {
                        CaseFile recorded =
                                service.recordSubmission(
                                        start,
                                        on,
                                        at,
                                        method,
                                        sentTo,
                                        confirmation,
                                        level,
                                        sentFile,
                                        sentFile != null && sentFile.equals(lastExport.get())
                                                ? password
                                                : Optional.empty());
                        return recorded;
                    } catch (PdfExportException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                },
                c -> {
                    busy.set(false);
                    var s =
                            c.packet().submissions().stream()
                                    .filter(
                                            x ->
                                                    start.packet().submissions().stream()
                                                            .noneMatch(y -> y.id().equals(x.id())))
                                    .findFirst()
                                    .orElseThrow();
                    workspace.edit(x -> Submissions.record(x, s));
                    status.set(Messages.format("packet.submission.recorded", s.pages()));
                },
                e -> {
                    busy.set(false);
                    status.set(e.getMessage());
                });
    }
}

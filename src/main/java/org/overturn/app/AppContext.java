package org.overturn.app;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import org.overturn.core.CoreServices;
import org.overturn.core.PacketService;
import org.overturn.core.ReferenceData;
import org.overturn.core.SampleCases;
import org.overturn.core.StoreLocation;
import org.overturn.domain.audit.AuditAction;
import org.overturn.export.report.PayerReportPdf;
import org.overturn.ui.activity.ActivityController;
import org.overturn.ui.activity.ActivityViewModel;
import org.overturn.ui.backup.PasswordController;
import org.overturn.ui.backup.PasswordViewModel;
import org.overturn.ui.cases.CasesController;
import org.overturn.ui.cases.CasesViewModel;
import org.overturn.ui.cases.IntakeController;
import org.overturn.ui.cases.IntakeViewModel;
import org.overturn.ui.cases.NewCaseController;
import org.overturn.ui.citations.CitationLibraryController;
import org.overturn.ui.clinical.ClinicalController;
import org.overturn.ui.clock.CitationTitles;
import org.overturn.ui.clock.ClockController;
import org.overturn.ui.clock.DisclosureController;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.ControllerFactory;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;
import org.overturn.ui.main.MainController;
import org.overturn.ui.main.MainViewModel;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.SectionView;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.overturn.ui.p2p.CallLogController;
import org.overturn.ui.p2p.CallLogViewModel;
import org.overturn.ui.p2p.CallModeController;
import org.overturn.ui.p2p.CallModeViewModel;
import org.overturn.ui.p2p.PeerToPeerController;
import org.overturn.ui.packet.PacketConsentsController;
import org.overturn.ui.packet.PacketController;
import org.overturn.ui.packet.PacketLetterController;
import org.overturn.ui.packet.PacketPartsController;
import org.overturn.ui.packet.PacketReadinessController;
import org.overturn.ui.packet.PacketSubmissionsController;
import org.overturn.ui.packet.PacketViewModel;
import org.overturn.ui.packet.PacketWork;
import org.overturn.ui.parity.ComplaintController;
import org.overturn.ui.parity.ComplaintViewModel;
import org.overturn.ui.parity.ComplaintWork;
import org.overturn.ui.parity.ParityController;
import org.overturn.ui.payers.PayerEditorController;
import org.overturn.ui.payers.PayersController;
import org.overturn.ui.payers.PayersViewModel;
import org.overturn.ui.rebuttal.RebuttalController;
import org.overturn.ui.scoring.Instruments;
import org.overturn.ui.scoring.ScoringController;
import org.overturn.ui.settings.PracticeProfileController;
import org.overturn.ui.settings.PracticeProfileViewModel;
import org.overturn.ui.settings.PracticeProfiles;
import org.overturn.ui.transfer.BundleExportController;
import org.overturn.ui.transfer.BundleExportViewModel;
import org.overturn.ui.workspace.DenialsController;
import org.overturn.ui.workspace.OverviewController;
import org.overturn.ui.workspace.PatientPlanController;
import org.overturn.ui.workspace.TimelineController;
import org.overturn.ui.workspace.WorkspaceController;

/**
 * The composition root of the desktop app: every service and every controller is wired here, once.
 */
public final class AppContext implements UiServices, AutoCloseable {

    /** The open case's sections: which controller runs each, from which FXML beside it. */
    static final Map<Section, SectionView> SECTIONS =
            SectionView.bySection(
                    List.of(
                            new SectionView(
                                    Section.OVERVIEW, OverviewController.class, "OverviewSection"),
                            new SectionView(
                                    Section.PATIENT_PLAN,
                                    PatientPlanController.class,
                                    "PatientPlanSection"),
                            new SectionView(
                                    Section.DENIALS, DenialsController.class, "DenialsSection"),
                            new SectionView(
                                    Section.CLINICAL, ClinicalController.class, "ClinicalSection"),
                            new SectionView(
                                    Section.SCORING, ScoringController.class, "ScoringSection"),
                            new SectionView(
                                    Section.REBUTTAL, RebuttalController.class, "RebuttalSection"),
                            new SectionView(
                                    Section.PARITY, ParityController.class, "ParitySection"),
                            new SectionView(
                                    Section.PEER_TO_PEER,
                                    PeerToPeerController.class,
                                    "PeerToPeerSection"),
                            new SectionView(
                                    Section.PACKET, PacketController.class, "PacketSection"),
                            new SectionView(
                                    Section.TIMELINE,
                                    TimelineController.class,
                                    "TimelineSection")));

    private final CoreServices core;
    private final Background background = new Background();
    private final Preferences prefs;
    private final ControllerFactory controllers = new ControllerFactory();
    private final ViewLoader views = new ViewLoader(controllers);
    private final SampleCases samples;
    // The practice profile the screens share: Settings saves it, the Letters section lists its
    // clinicians.
    private final PracticeProfiles profiles;
    private final long autosaveDelayMillis;
    private SaveDialogs saveDialogs;
    // Read from the shipped data the first time a legal basis is shown.
    private final CitationTitles citationTitles;
    private Consumer<StoreLocation> storeSwitch =
            to -> {
                throw new IllegalStateException("this window cannot open another store");
            };

    public AppContext(CoreServices core, Preferences prefs, long autosaveDelayMillis) {
        this.core = core;
        this.prefs = prefs;
        this.autosaveDelayMillis = autosaveDelayMillis;
        this.saveDialogs = new SaveDialogs(prefs);
        this.samples = new SampleCases(core);
        this.profiles = new PracticeProfiles(core.profiles(), background);
        this.citationTitles = new CitationTitles(() -> core.reference().citations());
        ReferenceData reference = core.reference();
        controllers
                .register(
                        MainController.class,
                        s -> new MainController(this, s.get(MainViewModel.class), profiles))
                .register(
                        CasesController.class,
                        s ->
                                new CasesController(
                                        this,
                                        s.get(CasesViewModel.class),
                                        () -> profiles.current().clinicians().stream().findFirst()))
                .register(
                        IntakeController.class,
                        s -> new IntakeController(s.get(IntakeViewModel.class)))
                .register(NewCaseController.class, s -> new NewCaseController())
                .register(
                        PayersController.class,
                        s ->
                                new PayersController(
                                        new PayersViewModel(background, core.payerReport()),
                                        saveDialogs,
                                        (rows, filter, target) -> {
                                            String practice = core.profiles().load().practiceName();
                                            new PayerReportPdf()
                                                    .write(
                                                            rows,
                                                            filter,
                                                            Optional.of(practice)
                                                                    .filter(x -> !x.isBlank()),
                                                            ZonedDateTime.now(core.clock()),
                                                            target);
                                            core.audit()
                                                    .databaseFile(
                                                            AuditAction.PAYER_REPORT_EXPORTED,
                                                            target);
                                        }))
                .register(
                        WorkspaceController.class,
                        s ->
                                new WorkspaceController(
                                        this, s.get(WorkspaceViewModel.class), SECTIONS))
                .register(
                        OverviewController.class,
                        s -> new OverviewController(s.get(WorkspaceViewModel.class), views))
                .register(
                        PatientPlanController.class,
                        s -> new PatientPlanController(this, s.get(WorkspaceViewModel.class)))
                .register(
                        DenialsController.class,
                        s ->
                                new DenialsController(
                                        s.get(WorkspaceViewModel.class),
                                        reference.denialAnalysis()))
                .register(
                        TimelineController.class,
                        s -> new TimelineController(s.get(WorkspaceViewModel.class)))
                .register(PayerEditorController.class, s -> new PayerEditorController())
                .register(
                        PeerToPeerController.class,
                        s -> new PeerToPeerController(this, s.get(WorkspaceViewModel.class)))
                .register(
                        CallModeController.class,
                        s -> new CallModeController(s.get(CallModeViewModel.class)))
                .register(
                        CallLogController.class,
                        s -> new CallLogController(s.get(CallLogViewModel.class)))
                .register(
                        ClockController.class,
                        s -> new ClockController(s.get(WorkspaceViewModel.class), citationTitles))
                .register(
                        DisclosureController.class,
                        s ->
                                new DisclosureController(
                                        this, s.get(WorkspaceViewModel.class), citationTitles))
                .register(
                        ClinicalController.class,
                        s -> new ClinicalController(s.get(WorkspaceViewModel.class)))
                .register(
                        RebuttalController.class,
                        s -> new RebuttalController(s.get(WorkspaceViewModel.class), reference))
                .register(
                        ParityController.class,
                        s ->
                                new ParityController(
                                        this,
                                        s.get(WorkspaceViewModel.class),
                                        reference,
                                        ComplaintWork.of(
                                                reference,
                                                () -> core.profiles().load(),
                                                core.audit())))
                .register(
                        ComplaintController.class,
                        s -> new ComplaintController(this, s.get(ComplaintViewModel.class)))
                .register(
                        ActivityController.class,
                        s ->
                                new ActivityController(
                                        new ActivityViewModel(
                                                () -> core.audit().recent(ActivityViewModel.SHOWN),
                                                core.clock().getZone())))
                .register(
                        CitationLibraryController.class,
                        s -> new CitationLibraryController(reference))
                .register(
                        ScoringController.class,
                        s ->
                                new ScoringController(
                                        s.get(WorkspaceViewModel.class),
                                        new Instruments(reference::instrument)))
                .register(
                        PacketController.class,
                        s -> {
                            PacketViewModel vm =
                                    new PacketViewModel(
                                            background,
                                            clock(),
                                            s.get(WorkspaceViewModel.class),
                                            PacketWork.of(packetService(), core.audit()),
                                            profiles);
                            s.add(vm); // for the section's cards, loaded next
                            return new PacketController(this, vm);
                        })
                .register(
                        PacketReadinessController.class,
                        s -> new PacketReadinessController(s.get(PacketViewModel.class), profiles))
                .register(
                        PacketLetterController.class,
                        s ->
                                new PacketLetterController(
                                        this, s.get(PacketViewModel.class), profiles))
                .register(
                        PacketPartsController.class,
                        s -> new PacketPartsController(s.get(PacketViewModel.class)))
                .register(
                        PacketConsentsController.class,
                        s -> new PacketConsentsController(s.get(PacketViewModel.class), clock()))
                .register(
                        PacketSubmissionsController.class,
                        s -> new PacketSubmissionsController(s.get(PacketViewModel.class), clock()))
                .register(
                        PasswordController.class,
                        s -> new PasswordController(s.get(PasswordViewModel.class)))
                .register(
                        BundleExportController.class,
                        s -> new BundleExportController(s.get(BundleExportViewModel.class)))
                .register(
                        PracticeProfileController.class,
                        s -> new PracticeProfileController(s.get(PracticeProfileViewModel.class)));
    }

    private PacketService packetService;

    /**
     * Built on first use: it loads the citation library, state rules and instrument definitions.
     */
    private synchronized PacketService packetService() {
        if (packetService == null) {
            packetService = new PacketService(core);
        }
        return packetService;
    }

    /** The practice profile the screens share. */
    public PracticeProfiles profiles() {
        return profiles;
    }

    @Override
    public CoreServices core() {
        return core;
    }

    @Override
    public Background background() {
        return background;
    }

    @Override
    public Preferences prefs() {
        return prefs;
    }

    @Override
    public ViewLoader views() {
        return views;
    }

    @Override
    public SampleCases samples() {
        return samples;
    }

    @Override
    public Clock clock() {
        return core.clock();
    }

    @Override
    public long autosaveDelayMillis() {
        return autosaveDelayMillis;
    }

    @Override
    public SaveDialogs saveDialogs() {
        return saveDialogs;
    }

    /** Replaces the save dialog (a test answers it with a file of its own). */
    public void setSaveDialogs(SaveDialogs dialogs) {
        this.saveDialogs = dialogs;
    }

    @Override
    public void switchStore(StoreLocation to) {
        storeSwitch.accept(to);
    }

    /** How the app opens another store (the app's, which owns the window). */
    void setStoreSwitch(Consumer<StoreLocation> how) {
        this.storeSwitch = how;
    }

    @Override
    public void close() {
        background.close();
        // After the last write: the database is then free for a restore from another window or
        // command.
        core.close();
    }
}

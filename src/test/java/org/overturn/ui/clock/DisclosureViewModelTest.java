package org.overturn.ui.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.ClockCases;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.DeadlineCitations;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.persistence.CitationLoader;
import org.overturn.ui.opencase.WorkspaceViewModel;

class DisclosureViewModelTest {

    @TempDir Path dir;

    @AfterEach
    void closeWorkspaces() throws Exception {
        Workspaces.closeAll();
    }

    private final CitationTitles citations = new CitationTitles(CitationLoader::loadBuiltIn);

    @Test
    void aRequestIsDatedWithItsLegalBasisAFollowUpDateAndATimelineEntry() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        DisclosureViewModel vm = new DisclosureViewModel(w, citations);
        vm.kind.set(DisclosureKind.CLAIM_FILE);
        vm.sentOn.set("11/20/2026");
        vm.followUpOn.set("12/21/2026");

        assertThat(vm.add()).isPresent();

        DisclosureRequest r = w.caseFile().disclosureRequests().get(0);
        assertThat(r.citationId()).contains(DeadlineCitations.ERISA_CLAIM_FILE);
        assertThat(r.dueOn()).as("no verified response time").isEmpty();
        assertThat(r.followUpOn()).contains(LocalDate.of(2026, 12, 21));
        assertThat(vm.basis(r.citationId()))
                .contains("ERISA claims rule: free copies of the claim file")
                .contains("29 CFR 2560.503-1");
        assertThat(vm.standing(r)).contains("12/21/2026").contains("unverified");
        assertThat(w.caseFile().timeline())
                .anySatisfy(
                        e -> {
                            assertThat(e.kind()).isEqualTo(EventKind.REQUEST);
                            assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 20));
                            assertThat(e.title()).contains("Claim file");
                        });
    }

    @Test
    void withoutAVerifiedResponseTimeTheFollowUpDateIsRequiredAndNotBeforeTheRequest()
            throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        DisclosureViewModel vm = new DisclosureViewModel(w, citations);
        vm.sentOn.set("11/20/2026");

        vm.followUpOn.set("");
        assertThat(vm.checkFollowUp("")).isPresent();
        assertThat(vm.add()).isEmpty();
        vm.followUpOn.set("11/19/2026");
        assertThat(vm.add()).isEmpty();

        assertThat(w.caseFile().disclosureRequests()).isEmpty();
        assertThat(vm.ruleFor(DisclosureKind.NQTL_ANALYSIS).note()).contains("unverified");
    }

    @Test
    void anUnansweredRequestPastItsFollowUpIsOverdueUntilMarkedAnswered() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(
                        dir,
                        ClockCases.of(
                                "A",
                                PlanType.MEDICAID_MCO,
                                DenialType.PRE_SERVICE,
                                LocalDate.of(2026, 10, 1),
                                CaseStatus.DENIED));
        DisclosureViewModel vm = new DisclosureViewModel(w, citations);
        vm.kind.set(DisclosureKind.CRITERIA);
        vm.sentOn.set("10/05/2026");
        vm.followUpOn.set("11/05/2026");
        DisclosureRequest r = vm.add().orElseThrow();

        assertThat(vm.overdue(r)).isTrue();
        assertThat(vm.standing(r)).startsWith("Overdue");
        assertThat(r.citationId()).contains(DeadlineCitations.MEDICAID_MCO_DOCUMENTS);

        vm.answeredOn.set("10/01/2026");
        assertThat(vm.markAnswered(r)).as("before it was sent").isFalse();
        vm.answeredOn.set("11/25/2026");
        assertThat(vm.markAnswered(r)).isTrue();

        DisclosureRequest answered = w.caseFile().disclosureRequests().get(0);
        assertThat(answered.answeredOn()).contains(LocalDate.of(2026, 11, 25));
        assertThat(vm.overdue(answered)).isFalse();
        assertThat(vm.standing(answered)).isEqualTo("Answered 11/25/2026");
    }

    @Test
    void withoutALegalBasisInTheLibraryTheScreenSaysSo() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(
                        dir,
                        ClockCases.of(
                                "A",
                                PlanType.TRICARE,
                                DenialType.PRE_SERVICE,
                                LocalDate.of(2026, 10, 1),
                                CaseStatus.DENIED));
        DisclosureViewModel vm = new DisclosureViewModel(w, citations);

        assertThat(vm.basisFor(DisclosureKind.NQTL_ANALYSIS))
                .isEqualTo("None in the citation library for this plan type");
    }

    @Test
    void removingARequestCanBeUndone() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        DisclosureViewModel vm = new DisclosureViewModel(w, citations);
        DisclosureRequest r = vm.add().orElseThrow();

        vm.remove(r);
        assertThat(w.caseFile().disclosureRequests()).isEmpty();
        w.undo();

        assertThat(w.caseFile().disclosureRequests()).containsExactly(r);
    }

    @Test
    void aSelectedRequestTakesANewFollowUpDateNotBeforeItWasSentAndIsAnsweredOnce()
            throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        DisclosureViewModel vm = new DisclosureViewModel(w, citations);
        vm.kind.set(DisclosureKind.CLAIM_FILE);
        vm.sentOn.set("11/20/2026");
        vm.followUpOn.set("12/21/2026");
        DisclosureRequest r = vm.add().orElseThrow();

        assertThat(DisclosureViewModel.canSetFollowUp(null, "12/30/2026")).isFalse();
        assertThat(DisclosureViewModel.canSetFollowUp(r, "")).isFalse();
        assertThat(DisclosureViewModel.canSetFollowUp(r, "not a date")).isFalse();
        assertThat(DisclosureViewModel.canSetFollowUp(r, "11/19/2026")).isFalse();
        assertThat(DisclosureViewModel.canSetFollowUp(r, "11/20/2026")).isTrue();
        assertThat(vm.setFollowUp(r, "11/19/2026")).isFalse();
        assertThat(vm.setFollowUp(r, "12/30/2026")).isTrue();
        assertThat(w.caseFile().disclosureRequests().get(0).followUpOn())
                .contains(LocalDate.of(2026, 12, 30));

        assertThat(DisclosureViewModel.answerable(null)).isFalse();
        assertThat(DisclosureViewModel.answerable(r)).isTrue();
        vm.answeredOn.set("11/25/2026");
        assertThat(vm.markAnswered(r)).isTrue();
        assertThat(DisclosureViewModel.answerable(w.caseFile().disclosureRequests().get(0)))
                .isFalse();
    }

    @Test
    void theCopiedTextAsksForTheDocumentAndNamesItsBasis() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        DisclosureViewModel vm = new DisclosureViewModel(w, citations);
        vm.kind.set(DisclosureKind.CLAIM_FILE);
        DisclosureRequest r = vm.add().orElseThrow();

        assertThat(vm.copyText(r))
                .contains(DisclosureKind.CLAIM_FILE.ask())
                .contains(vm.basis(r.citationId()))
                .contains("29 CFR 2560.503-1");
    }
}

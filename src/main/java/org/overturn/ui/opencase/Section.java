package org.overturn.ui.opencase;

/** The workspace sidebar, in the order of the job (PRODUCT.md, "Screens"). */
public enum Section {
    OVERVIEW("section.overview", "mdi2v-view-dashboard-outline"),
    PATIENT_PLAN("section.patientPlan", "mdi2a-account-outline"),
    DENIALS("section.denials", "mdi2f-file-document-alert-outline"),
    CLINICAL("section.clinical", "mdi2s-stethoscope"),
    SCORING("section.scoring", "mdi2c-chart-bar"),
    REBUTTAL("section.rebuttal", "mdi2s-scale-balance"),
    PARITY("section.parity", "mdi2e-equal-box"),
    PEER_TO_PEER("section.p2p", "mdi2p-phone-outline"),
    PACKET("section.packet", "mdi2f-file-pdf-box"),
    TIMELINE("section.timeline", "mdi2t-timeline-clock-outline");

    private final String key;
    private final String icon;

    Section(String key, String icon) {
        this.key = key;
        this.icon = icon;
    }

    public String key() {
        return key;
    }

    public String icon() {
        return icon;
    }
}

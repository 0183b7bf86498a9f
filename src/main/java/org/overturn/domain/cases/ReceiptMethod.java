package org.overturn.domain.cases;

/** How the denial reached the clinician; a phoned denial often comes before the dated letter. */
public enum ReceiptMethod implements HasId {
    LETTER("letter", "Letter"),
    PHONE("phone", "Phone"),
    FAX("fax", "Fax"),
    PORTAL("portal", "Portal");

    private final String id;
    private final String label;

    ReceiptMethod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}

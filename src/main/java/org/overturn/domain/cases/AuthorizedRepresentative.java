package org.overturn.domain.cases;

/** Someone acting for the patient in the appeal, such as a parent or an attorney. */
public record AuthorizedRepresentative(String name, String relationship, boolean planFormOnFile) {

    public AuthorizedRepresentative {
        name = Text.require(name, "representative name");
        relationship = Text.clean(relationship);
    }
}

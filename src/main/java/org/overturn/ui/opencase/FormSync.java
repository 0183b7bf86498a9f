package org.overturn.ui.opencase;

/**
 * The guard each form over the open case keeps: filling its fields from the case must not write
 * them back as an edit, and the form's own edit must not refill the fields the user is typing in.
 * One per form view model, used on the FX thread; a fill inside a fill (or an edit inside an edit)
 * keeps the outer one's state.
 */
public final class FormSync {

    private boolean loading;
    private boolean committing;

    /** Fills the fields from the case; the changes they fire meanwhile are not edits. */
    public void load(Runnable fill) {
        boolean was = loading;
        loading = true;
        try {
            fill.run();
        } finally {
            loading = was;
        }
    }

    /**
     * Whether the fields are being filled from the case (a field's listener then writes nothing).
     */
    public boolean loading() {
        return loading;
    }

    /** Runs the form's own edit of the case; the case change it causes does not refill the form. */
    public void commit(Runnable edit) {
        boolean was = committing;
        committing = true;
        try {
            edit.run();
        } finally {
            committing = was;
        }
    }

    /**
     * Whether the form's own edit is under way (a case change then comes from it, not from
     * elsewhere).
     */
    public boolean committing() {
        return committing;
    }
}

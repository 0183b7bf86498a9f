package org.overturn.ui.common;

import java.time.Clock;
import java.util.prefs.Preferences;
import org.overturn.core.CoreServices;
import org.overturn.core.SampleCases;
import org.overturn.core.StoreLocation;

/**
 * What screens may use: the core services, the app's worker threads, view loading and preferences.
 */
public interface UiServices {

    CoreServices core();

    Background background();

    ViewLoader views();

    Preferences prefs();

    /**
     * Opens another case store in place of this one (Settings → Case store): what is open is saved
     * and the window shows the chosen store's cases.
     */
    void switchStore(StoreLocation to);

    SampleCases samples();

    Clock clock();

    /** The save dialog, opened where the user last saved (tests answer it themselves). */
    SaveDialogs saveDialogs();

    /** How long after the last change an edit is saved. */
    long autosaveDelayMillis();
}

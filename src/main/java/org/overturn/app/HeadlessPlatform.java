package org.overturn.app;

import java.util.Locale;

/**
 * JavaFX on Monocle's headless platform (software rendering, no window system), for what renders
 * with no display: {@code snapshot} on a server, and the installer's training of the app's
 * class-data-sharing archive. Must be chosen before the toolkit starts.
 */
public final class HeadlessPlatform {

    private HeadlessPlatform() {}

    /**
     * Chooses the headless platform when this is Linux with no display, or when {@code forced}.
     *
     * @return whether it was chosen
     */
    public static boolean useWithoutDisplay(boolean forced) {
        boolean noDisplay =
                System.getenv("DISPLAY") == null
                        && System.getenv("WAYLAND_DISPLAY") == null
                        && System.getProperty("os.name", "")
                                .toLowerCase(Locale.ROOT)
                                .contains("linux");
        if (!noDisplay && !forced) {
            return false;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "2560x1600-32");
        return true;
    }
}

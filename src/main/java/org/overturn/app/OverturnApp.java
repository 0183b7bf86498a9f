package org.overturn.app;

/** Placeholder replaced by the JavaFX application class. */
public final class OverturnApp {
    private OverturnApp() {
    }

    public static void launchDesktop(String[] args) {
        throw new IllegalStateException("desktop app not built yet");
    }
}

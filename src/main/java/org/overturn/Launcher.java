package org.overturn;

import org.overturn.app.OverturnApp;
import org.overturn.cli.OverturnCli;

/**
 * Entry point. With no arguments it opens the desktop app; with a command it runs headless and
 * exits. It must not extend {@code Application}: on the class path JavaFX refuses such a main
 * class.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (OverturnCli.wantsDesktop(args)) {
            OverturnApp.launchDesktop(OverturnCli.desktopArgs(args));
            return;
        }
        System.exit(OverturnCli.run(args));
    }
}

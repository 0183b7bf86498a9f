package org.overturn.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Another process with the database open, as a second window of the app would have: until its input
 * closes.
 */
public final class HoldDatabaseOpen {

    private HoldDatabaseOpen() {}

    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.WARNING);
        Database db =
                Database.open(
                        Path.of(args[0]), new BackupService(Path.of(args[1]), Clock.systemUTC()));
        System.out.println("open");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the test to close our input
        }
        db.close();
    }
}

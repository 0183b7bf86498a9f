package org.overturn.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's name and version, read from a resource the build fills in. */
public final class AppInfo {

    public static final String NAME = "Overturn";

    private static final String VERSION = load();

    private AppInfo() {}

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in =
                AppInfo.class.getResourceAsStream("/org/overturn/app/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}

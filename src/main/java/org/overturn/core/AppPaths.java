package org.overturn.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.overturn.files.OwnerOnly;

/**
 * Where Overturn keeps its data: {@code --data-dir}, else {@code OVERTURN_HOME}, else the
 * platform's per-user data folder. Never next to the program.
 */
public final class AppPaths {

    public static final String DATABASE_FILE = "overturn.db";

    private final Path dataDir;

    public AppPaths(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    public static AppPaths resolve(Optional<Path> cliDataDir) {
        return resolve(
                cliDataDir,
                System.getenv(),
                System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    static AppPaths resolve(
            Optional<Path> cliDataDir, Map<String, String> env, String osName, String userHome) {
        if (cliDataDir.isPresent()) {
            return new AppPaths(cliDataDir.get());
        }
        String home = env.get("OVERTURN_HOME");
        if (home != null && !home.isBlank()) {
            return new AppPaths(Path.of(home));
        }
        return new AppPaths(platformDefault(env, osName, userHome));
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base =
                    local != null && !local.isBlank()
                            ? Path.of(local)
                            : Path.of(userHome, "AppData", "Local");
            return base.resolve("Overturn");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Overturn");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base =
                xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("overturn");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path database() {
        return dataDir.resolve(DATABASE_FILE);
    }

    public Path backups() {
        return dataDir.resolve("backups");
    }

    /** Why a file operation failed, without the exception's class name. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof SecurityException) {
            return "not allowed";
        }
        return e.getMessage() == null ? "no reason given" : e.getMessage();
    }

    /** Creates the folder if needed and proves it can be written, or says clearly why not. */
    public void ensureWritable() throws DataFolderException {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new DataFolderException(
                    "The data folder "
                            + dataDir
                            + " is a file, not a folder. "
                            + "Choose another folder with --data-dir or OVERTURN_HOME.");
        }
        try {
            OwnerOnly.folder(dataDir);
            Path probe = Files.createTempFile(dataDir, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DataFolderException(
                    "Overturn cannot write to its data folder "
                            + dataDir
                            + " ("
                            + reason(e)
                            + "). Choose another folder with --data-dir or OVERTURN_HOME.",
                    e);
        }
    }
}

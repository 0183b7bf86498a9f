package org.overturn.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Health information is readable by its owner alone: folders 0700 and files 0600 where the file
 * system has POSIX permissions (Linux, macOS), an access list naming only the owner where it has
 * ACLs instead (Windows). Links are never followed, so a link planted in the data folder can't
 * redirect a permission change.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FOLDER =
            PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE =
            PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder (and its parents) if needed; the folder itself is made owner-only. */
    public static Path folder(Path dir) throws IOException {
        if (posix() && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(dir);
        }
        restrict(dir);
        return dir;
    }

    /**
     * Makes one existing file or folder owner-only; a link, or a path that does not exist, is left
     * alone. A file that goes away meanwhile (another process closing the database removes its
     * write-ahead log and shared memory) is not an error: there is nothing left to protect.
     */
    public static void restrict(Path p) throws IOException {
        try {
            restrictExisting(p);
        } catch (NoSuchFileException gone) {
            // Removed between the look and the change.
        }
    }

    private static void restrictExisting(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
            return;
        }
        boolean dir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        if (posix()) {
            Set<PosixFilePermission> want = dir ? FOLDER : FILE;
            if (!Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(want)) {
                Files.setPosixFilePermissions(p, want);
            }
            return;
        }
        AclFileAttributeView acl =
                Files.getFileAttributeView(
                        p, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(p, LinkOption.NOFOLLOW_LINKS);
            AclEntry.Builder entry =
                    AclEntry.newBuilder()
                            .setType(AclEntryType.ALLOW)
                            .setPrincipal(owner)
                            .setPermissions(EnumSet.allOf(AclEntryPermission.class));
            if (dir) {
                // Files and folders made inside inherit the same single entry.
                entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
            }
            acl.setAcl(List.of(entry.build()));
        }
    }

    /**
     * The folder and the files in it whose names start with {@code prefix} (not recursing): what
     * start-up runs to fix an install made before. Files the app did not make are left as they are.
     */
    public static void restrictOwn(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        restrict(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p :
                    files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                restrict(p);
            }
        }
    }
}

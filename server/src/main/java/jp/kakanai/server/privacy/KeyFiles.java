package jp.kakanai.server.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files that hold secrets (the master key, H2's file secret, the directory's service password) must be
 * the server's alone: one that the group or other users may read or write stops the start-up, with the
 * command that fixes it. On a file system without POSIX permissions (Windows) this cannot be checked.
 */
public final class KeyFiles {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private KeyFiles() {
    }

    public static void requirePrivate(Path file, String property) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("Kakanai configuration: " + property + "=" + file + " does not exist");
        }
        if (!posix(file.toAbsolutePath().getParent())) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalStateException("Kakanai configuration: " + property + "=" + file + " can be read or"
                        + " changed by other users (" + PosixFilePermissions.toString(permissions) + "). A secret must be"
                        + " the server's alone: chmod 600 " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + file, e);
        }
    }

    /** The text of a secret file (stripped), once its permissions are checked. */
    public static String readSecret(Path file, String property) {
        requirePrivate(file, property);
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + property + "=" + file, e);
        }
    }

    static boolean posix(Path directory) {
        return directory != null && directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

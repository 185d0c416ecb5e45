package jp.kakanai.server.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder ({@code kakanai.data-dir}: the H2 database, the data key file) is the server's alone: at
 * start-up it is made {@code rwx------} and its files {@code rw-------}, since H2 creates its file with the
 * process's umask (often 0644, readable by every user of the machine). On a file system without POSIX
 * permissions nothing is done.
 */
final class DataFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {
    }

    static void makePrivate(Path folder) {
        try {
            Files.createDirectories(folder);
            if (!KeyFiles.posix(folder)) {
                return;
            }
            if (!Files.getPosixFilePermissions(folder).equals(PRIVATE_DIR)) {
                Files.setPosixFilePermissions(folder, PRIVATE_DIR);
                LOG.info("Made the data folder {} readable by the server's user only (rwx------)", folder);
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!Files.getPosixFilePermissions(file).equals(PRIVATE_FILE)) {
                        Files.setPosixFilePermissions(file, PRIVATE_FILE);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not make the data folder {} private: {}", folder, e.toString());
        }
    }
}

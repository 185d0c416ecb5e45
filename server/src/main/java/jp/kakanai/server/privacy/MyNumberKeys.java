package jp.kakanai.server.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the My Number key at start-up: from {@code kakanai.privacy.my-number-key}, or from the key file,
 * which the demo profile creates. Without a key the server does not start: it must never store a My
 * Number it cannot protect, nor lose the ones it stored.
 */
final class MyNumberKeys {
    static final String KEY_PROPERTY = "kakanai.privacy.my-number-key";
    static final String FILE_PROPERTY = "kakanai.privacy.my-number-key-file";
    private static final Logger LOG = LoggerFactory.getLogger(MyNumberKeys.class);
    private static final String HOW = "base64 of 32 random bytes, e.g. `head -c 32 /dev/urandom | base64`";

    private MyNumberKeys() {
    }

    static byte[] load(PrivacyProperties properties, Path dataDir) {
        boolean inline = properties.myNumberKey() != null && !properties.myNumberKey().isBlank();
        if (inline && properties.myNumberKeyFile() != null) {
            throw problem("set either " + KEY_PROPERTY + " or " + FILE_PROPERTY + ", not both");
        }
        if (inline) {
            return decode(properties.myNumberKey(), KEY_PROPERTY);
        }
        Path file = properties.myNumberKeyFile();
        if (file == null) {
            throw problem("no key to encrypt My Numbers at rest. Set " + KEY_PROPERTY + " (" + HOW + ") or "
                    + FILE_PROPERTY + " (a file holding that text); the demo profile creates one in kakanai.data-dir");
        }
        if (!Files.exists(file) && properties.createKeyFile()) {
            create(file);
        }
        if (!Files.isReadable(file)) {
            throw problem(FILE_PROPERTY + "=" + file + " does not exist or is not readable (it must hold " + HOW + ")");
        }
        KeyFiles.requirePrivate(file, FILE_PROPERTY);
        if (!properties.allowKeyInDataDir() && file.toAbsolutePath().normalize().startsWith(dataDir.toAbsolutePath().normalize())) {
            throw problem(FILE_PROPERTY + "=" + file + " lies in the data folder (kakanai.data-dir=" + dataDir + "): a copy"
                    + " or backup of the folder would carry the key with the data it protects. Keep it apart, e.g."
                    + " /etc/kakanai/master.key (mode 600, owned by the server's user)");
        }
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), FILE_PROPERTY + " (" + file + ")");
        } catch (IOException e) {
            throw problem("cannot read " + FILE_PROPERTY + "=" + file + ": " + e.getMessage());
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw problem(source + " is not base64 (" + HOW + ")");
        }
        if (key.length != 32) {
            throw problem(source + " holds " + key.length + " bytes; AES-256 needs 32 (" + HOW + ")");
        }
        return key;
    }

    /**
     * Writes a new random key to a private temporary file and links it into place: the link is atomic and
     * fails if the file exists, so servers starting together on one data directory agree on one key, and
     * nobody ever reads a half-written or world-readable key.
     */
    private static void create(Path file) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = posix(directory)
                    ? Files.createTempFile(directory, ".my-number-key", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, ".my-number-key", ".tmp");
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, temporary);
            LOG.warn("Created a new master key in {}: keep a copy of it apart from the database's backups (a backup"
                    + " alone must open no My Number); without it the stored My Numbers cannot be read.", file);
        } catch (FileAlreadyExistsException anotherServerWasFaster) {
            // read below
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + FILE_PROPERTY + "=" + file, e);
        } finally {
            Arrays.fill(key, (byte) 0);
            deleteQuietly(temporary);
        }
    }

    static boolean posix(Path directory) {
        return KeyFiles.posix(directory);
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", temporary, e.toString());
            }
        }
    }

    private static IllegalStateException problem(String text) {
        return new IllegalStateException("Kakanai configuration: " + text);
    }
}

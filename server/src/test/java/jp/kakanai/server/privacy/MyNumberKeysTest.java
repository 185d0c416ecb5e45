package jp.kakanai.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MyNumberKeysTest {
    private static final String KEY = Base64.getEncoder().encodeToString(MyNumberCipherTest.key(3));
    private static final Path DATA = Path.of("/var/lib/kakanai-test-data");

    @Test
    void keyFromThePropertyIsUsed() {
        assertThat(MyNumberKeys.load(properties(KEY, null, false), DATA)).isEqualTo(MyNumberCipherTest.key(3));
    }

    @Test
    void keyFromTheFileIsUsed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("key"), KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(MyNumberKeys.load(properties(null, file, false), DATA)).isEqualTo(MyNumberCipherTest.key(3));
    }

    @Test
    void noKeyStopsTheStartUpSayingWhatToSet() {
        assertThatThrownBy(() -> MyNumberKeys.load(properties(null, null, false), DATA))
                .hasMessageContaining("kakanai.privacy.my-number-key").hasMessageContaining("/dev/urandom");
    }

    @Test
    void keyOfTheWrongLengthOrNotBase64IsRefused() {
        assertThatThrownBy(() -> MyNumberKeys.load(properties(Base64.getEncoder().encodeToString(new byte[16]), null, false), DATA))
                .hasMessageContaining("16 bytes").hasMessageContaining("32");
        assertThatThrownBy(() -> MyNumberKeys.load(properties("not base64!", null, false), DATA))
                .hasMessageContaining("not base64");
    }

    @Test
    void missingFileIsRefusedUnlessItMayBeCreated(@TempDir Path dir) {
        Path file = dir.resolve("sub/my-number.key");
        assertThatThrownBy(() -> MyNumberKeys.load(properties(null, file, false), DATA))
                .hasMessageContaining("kakanai.privacy.my-number-key-file").hasMessageContaining(file.toString());
        byte[] created = MyNumberKeys.load(properties(null, file, true), DATA);
        assertThat(created).hasSize(32);
        assertThat(MyNumberKeys.load(properties(null, file, true), DATA)).as("the next start reads the same key")
                .isEqualTo(created);
    }

    @Test
    void aKeyFileOthersMayReadStopsTheStartUp(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("key"), KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> MyNumberKeys.load(properties(null, file, false), DATA))
                .hasMessageContaining("kakanai.privacy.my-number-key-file").hasMessageContaining("rw-r--r--")
                .hasMessageContaining("chmod 600 " + file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        assertThatThrownBy(() -> MyNumberKeys.load(properties(null, file, false), DATA)).hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(MyNumberKeys.load(properties(null, file, false), DATA)).isEqualTo(MyNumberCipherTest.key(3));
    }

    @Test
    void aKeyInTheDataFolderStopsTheStartUpOutsideTheDemo(@TempDir Path data) throws IOException {
        Path file = Files.writeString(data.resolve("master.key"), KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> MyNumberKeys.load(properties(null, file, false), data))
                .hasMessageContaining("lies in the data folder").hasMessageContaining("kakanai.data-dir");
        assertThat(MyNumberKeys.load(new PrivacyProperties(null, file, false, true, null, null), data))
                .as("the demo profile allows it").isEqualTo(MyNumberCipherTest.key(3));
    }

    @Test
    void keyAndFileTogetherAreAmbiguous(@TempDir Path dir) {
        assertThatThrownBy(() -> MyNumberKeys.load(properties(KEY, dir.resolve("key"), false), DATA))
                .hasMessageContaining("not both");
    }

    private static PrivacyProperties properties(String key, Path file, boolean create) {
        return new PrivacyProperties(key, file, create, false, null, null);
    }
}

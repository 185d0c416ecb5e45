package jp.kakanai.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MyNumberKeysTest {
    private static final String KEY = Base64.getEncoder().encodeToString(MyNumberCipherTest.key(3));

    @Test
    void keyFromThePropertyIsUsed() {
        assertThat(MyNumberKeys.load(properties(KEY, null, false))).isEqualTo(MyNumberCipherTest.key(3));
    }

    @Test
    void keyFromTheFileIsUsed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("key"), KEY + "\n");
        assertThat(MyNumberKeys.load(properties(null, file, false))).isEqualTo(MyNumberCipherTest.key(3));
    }

    @Test
    void noKeyStopsTheStartUpSayingWhatToSet() {
        assertThatThrownBy(() -> MyNumberKeys.load(properties(null, null, false)))
                .hasMessageContaining("kakanai.privacy.my-number-key").hasMessageContaining("/dev/urandom");
    }

    @Test
    void keyOfTheWrongLengthOrNotBase64IsRefused() {
        assertThatThrownBy(() -> MyNumberKeys.load(properties(Base64.getEncoder().encodeToString(new byte[16]), null, false)))
                .hasMessageContaining("16 bytes").hasMessageContaining("32");
        assertThatThrownBy(() -> MyNumberKeys.load(properties("not base64!", null, false)))
                .hasMessageContaining("not base64");
    }

    @Test
    void missingFileIsRefusedUnlessItMayBeCreated(@TempDir Path dir) {
        Path file = dir.resolve("sub/my-number.key");
        assertThatThrownBy(() -> MyNumberKeys.load(properties(null, file, false)))
                .hasMessageContaining("kakanai.privacy.my-number-key-file").hasMessageContaining(file.toString());
        byte[] created = MyNumberKeys.load(properties(null, file, true));
        assertThat(created).hasSize(32);
        assertThat(MyNumberKeys.load(properties(null, file, true))).as("the next start reads the same key")
                .isEqualTo(created);
    }

    @Test
    void keyAndFileTogetherAreAmbiguous(@TempDir Path dir) {
        assertThatThrownBy(() -> MyNumberKeys.load(properties(KEY, dir.resolve("key"), false)))
                .hasMessageContaining("not both");
    }

    private static PrivacyProperties properties(String key, Path file, boolean create) {
        return new PrivacyProperties(key, file, create, null);
    }
}

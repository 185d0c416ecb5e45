package jp.kakanai.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MyNumberCipherTest {
    private static final String MY_NUMBER = "471930582614";
    private static final String VISIT = "0b6f3c2e-5d1a-4f7e-9a3b-2c4d5e6f7a8b";
    private final MyNumberCipher cipher = new MyNumberCipher(key(1));

    @Test
    void sealedValueOpensToTheDigitsForItsVisit() {
        String sealed = cipher.seal(VISIT, MY_NUMBER);
        assertThat(sealed).doesNotContain(MY_NUMBER).hasSize(56);
        assertThat(cipher.open(VISIT, sealed)).isEqualTo(MY_NUMBER);
    }

    @Test
    void everySealingUsesAFreshNonce() {
        String first = cipher.seal(VISIT, MY_NUMBER);
        String second = cipher.seal(VISIT, MY_NUMBER);
        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(Base64.getDecoder().decode(first), 12))
                .isNotEqualTo(Arrays.copyOf(Base64.getDecoder().decode(second), 12));
    }

    @Test
    void wrongKeyFailsClearlyNamingTheSetting() {
        String sealed = cipher.seal(VISIT, MY_NUMBER);
        MyNumberCipher other = new MyNumberCipher(key(2));
        assertThat(other.keyId()).isNotEqualTo(cipher.keyId());
        assertThatThrownBy(() -> other.open(VISIT, sealed)).isInstanceOf(MyNumberUnreadable.class)
                .hasMessageContaining("does not decrypt with the configured key")
                .hasMessageContaining("kakanai.privacy.my-number-key")
                .hasMessageNotContaining(MY_NUMBER);
    }

    @Test
    void valueMovedToAnotherVisitDoesNotOpen() {
        String sealed = cipher.seal(VISIT, MY_NUMBER);
        assertThatThrownBy(() -> cipher.open("another-visit", sealed)).isInstanceOf(MyNumberUnreadable.class);
    }

    @Test
    void alteredValueDoesNotOpen() {
        byte[] bytes = Base64.getDecoder().decode(cipher.seal(VISIT, MY_NUMBER));
        bytes[20] ^= 1;
        assertThatThrownBy(() -> cipher.open(VISIT, Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(MyNumberUnreadable.class);
    }

    @Test
    void fingerprintIsKeyedAndStable() {
        assertThat(cipher.fingerprint(MY_NUMBER)).isEqualTo(cipher.fingerprint(MY_NUMBER)).doesNotContain(MY_NUMBER)
                .isNotEqualTo(new MyNumberCipher(key(2)).fingerprint(MY_NUMBER));
        assertThat(cipher.toString()).contains(cipher.keyId()).doesNotContain(Base64.getEncoder().encodeToString(key(1)));
    }

    static byte[] key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i * 7);
        }
        return key;
    }
}

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
    void sealedValueOpensToTheDigitsForItsVisitWithItsOwnDataKey() {
        MyNumberCipher.Sealed sealed = cipher.seal(VISIT, MY_NUMBER);
        assertThat(sealed.value()).doesNotContain(MY_NUMBER).hasSize(56);
        assertThat(sealed.wrappedKey()).hasSize(DataKeyFile.WRAPPED);
        assertThat(cipher.open(VISIT, sealed.value(), sealed.wrappedKey())).isEqualTo(MY_NUMBER);
    }

    @Test
    void everyNumberHasItsOwnDataKeyAndFreshNonces() {
        MyNumberCipher.Sealed first = cipher.seal(VISIT, MY_NUMBER);
        MyNumberCipher.Sealed second = cipher.seal(VISIT, MY_NUMBER);
        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(first.wrappedKey()).isNotEqualTo(second.wrappedKey());
        assertThat(Arrays.copyOf(Base64.getDecoder().decode(first.value()), 12))
                .isNotEqualTo(Arrays.copyOf(Base64.getDecoder().decode(second.value()), 12));
        assertThatThrownBy(() -> cipher.open(VISIT, first.value(), second.wrappedKey()))
                .as("another number's key does not open it").isInstanceOf(MyNumberUnreadable.class);
    }

    @Test
    void wrongMasterKeyFailsClearlyNamingTheSetting() {
        MyNumberCipher.Sealed sealed = cipher.seal(VISIT, MY_NUMBER);
        MyNumberCipher other = new MyNumberCipher(key(2));
        assertThat(other.keyId()).isNotEqualTo(cipher.keyId());
        assertThatThrownBy(() -> other.open(VISIT, sealed.value(), sealed.wrappedKey()))
                .isInstanceOf(MyNumberUnreadable.class)
                .hasMessageContaining("does not decrypt with the configured key")
                .hasMessageContaining("kakanai.privacy.my-number-key")
                .hasMessageNotContaining(MY_NUMBER);
    }

    @Test
    void valueOrKeyMovedToAnotherVisitDoesNotOpen() {
        MyNumberCipher.Sealed sealed = cipher.seal(VISIT, MY_NUMBER);
        assertThatThrownBy(() -> cipher.open("another-visit", sealed.value(), sealed.wrappedKey()))
                .isInstanceOf(MyNumberUnreadable.class);
    }

    @Test
    void alteredValueOrKeyDoesNotOpen() {
        MyNumberCipher.Sealed sealed = cipher.seal(VISIT, MY_NUMBER);
        byte[] bytes = Base64.getDecoder().decode(sealed.value());
        bytes[20] ^= 1;
        assertThatThrownBy(() -> cipher.open(VISIT, Base64.getEncoder().encodeToString(bytes), sealed.wrappedKey()))
                .isInstanceOf(MyNumberUnreadable.class);
        byte[] key = sealed.wrappedKey().clone();
        key[30] ^= 1;
        assertThatThrownBy(() -> cipher.open(VISIT, sealed.value(), key)).isInstanceOf(MyNumberUnreadable.class);
    }

    @Test
    void theKeyIdNamesTheMasterKeyWithoutShowingIt() {
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

package jp.kakanai.forms.homeqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base45Test {

    @Test
    void encodesTheExamplesOfRfc9285() {
        assertThat(Base45.encode("AB".getBytes(StandardCharsets.US_ASCII))).isEqualTo("BB8");
        assertThat(Base45.encode("Hello!!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode("base-45".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UJCLQE7W581");
        assertThat(new String(Base45.decode("QED8WEX0", 0), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
    }

    @Test
    void anyBytesComeBackUnchanged() {
        Random random = new Random(45);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(Base45.decode(Base45.encode(bytes), 0)).isEqualTo(bytes);
        }
    }

    @Test
    void refusesTextThatNoBytesEncodeTo() {
        assertThatThrownBy(() -> Base45.decode("GGW", 0)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Base45.decode("BB8B", 0)).hasMessageContaining("cut short");
        assertThatThrownBy(() -> Base45.decode("BB8bb", 0)).hasMessageContaining("character 3 ('b') is not Base45");
        assertThatThrownBy(() -> Base45.decode("BB８", 0)).hasMessageContaining("U+FF18");
    }
}

package jp.kakanai.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 as every authenticator app computes it: the RFC's own test vector, steps, one use per code. */
class TotpTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfcTestVectorGivesItsCode() {
        // RFC 6238 Appendix B, SHA-1, T = 59 s: 94287082 (8 digits); the 6-digit code is its last six.
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedOnceAndNoOther() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String previous = Totp.codeAt(RFC_SECRET, now.minusSeconds(30));
        assertThat(Totp.verify(RFC_SECRET, previous, now, 0)).isPresent();
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.minusSeconds(90)), now, 0)).isEmpty();
        long step = Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, now), now, 0).orElseThrow();
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, now), now, step)).as("a code counts once").isEmpty();
        assertThat(Totp.verify(RFC_SECRET, "12345", now, 0)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, null, now, 0)).isEmpty();
    }

    @Test
    void theSecretAndAddressAreWhatAuthenticatorAppsRead() {
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.uri("Kakanai", "sato", RFC_SECRET))
                .isEqualTo("otpauth://totp/Kakanai:sato?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Kakanai"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}

package jp.kakanai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The waits after failed sign-ins: free tries, then doubling, never beyond the cap. */
class SignInThrottlePolicyTest {

    @Test
    void anAccountWaitsOneTwoFourSecondsAfterThreeFreeTriesUpToFifteenMinutes() {
        SignInThrottle.Policy account = SignInThrottle.ACCOUNT;
        assertThat(account.waitAfter(3)).isZero();
        assertThat(account.waitAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(account.waitAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(account.waitAfter(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(account.waitAfter(20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(account.waitAfter(1000)).as("no overflow").isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAddressHasItsOwnFreeTriesAndAnHourAtMost() {
        SignInThrottle.Policy address = new SignInThrottle.Policy("address:", 30, SignInThrottle.ADDRESS_CAP,
                SignInThrottle.ADDRESS_CAP);
        assertThat(address.waitAfter(30)).isZero();
        assertThat(address.waitAfter(31)).isEqualTo(Duration.ofSeconds(1));
        assertThat(address.waitAfter(60)).isEqualTo(Duration.ofHours(1));
    }
}

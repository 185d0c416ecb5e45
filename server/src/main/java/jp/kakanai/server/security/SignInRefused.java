package jp.kakanai.server.security;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;

/** Why a sign-in was refused beyond a wrong password: the page and the API say so plainly. */
final class SignInRefused {
    private SignInRefused() {
    }

    /** Too many failures: the next try is not even checked before the wait is over. */
    static final class MustWait extends AuthenticationException {
        private final Duration wait;

        MustWait(Duration wait) {
            super("Too many failed sign-ins: try again in " + Math.max(1, wait.toSeconds()) + " s.");
            this.wait = wait;
        }

        long seconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    /** The account has a second factor and the one-time code was missing, wrong or used before. */
    static final class CodeNeeded extends BadCredentialsException {
        CodeNeeded() {
            super("The one-time code from the authenticator app is missing or wrong.");
        }
    }

    /** The directory knows the person, but no Kakanai account says what they may do. */
    static final class NoAccount extends BadCredentialsException {
        NoAccount() {
            super("Signed in at the directory, but there is no Kakanai account for this name.");
        }
    }
}

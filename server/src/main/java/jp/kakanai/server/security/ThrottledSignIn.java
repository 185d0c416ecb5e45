package jp.kakanai.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.account.SecondFactors;
import jp.kakanai.server.account.StaffAccount;
import jp.kakanai.server.account.StaffAccounts;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every password sign-in (the page, HTTP Basic, the directory) goes through here: refused without a
 * check while the account or the address must wait ({@link SignInThrottle}); a locked or disabled account
 * is refused before its password is looked at; then the password (locally or at the directory), then the
 * second factor when the account has one. Each failure counts for the account and the address, locks the
 * account at the {@value #LOCK_AFTER}th, and is logged; the counts are committed even though the sign-in
 * fails.
 */
final class ThrottledSignIn implements AuthenticationProvider {
    static final int LOCK_AFTER = 10;
    private final AuthenticationManager passwords;
    private final SignInThrottle throttle;
    private final StaffAccounts accounts;
    private final SecondFactors secondFactors;
    private final SignInEvents events;
    private final OfficeClock clock;
    private final TransactionTemplate transaction;
    private final Duration lockout;

    ThrottledSignIn(AuthenticationManager passwords, SignInThrottle throttle, StaffAccounts accounts,
                    SecondFactors secondFactors, SignInEvents events, OfficeClock clock, TransactionTemplate transaction,
                    Duration lockout) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.events = events;
        this.clock = clock;
        this.transaction = transaction;
        this.lockout = lockout;
    }

    private record Outcome(Authentication success, AuthenticationException failure) {
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName() == null ? "" : attempt.getName().strip();
        String username = name.length() > 64 ? name.substring(0, 64) : name;
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Outcome outcome = transaction.execute(status -> tryOnce(attempt, username, address));
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.success();
    }

    private Outcome tryOnce(Authentication attempt, String username, String address) {
        throttle.lock(SignInThrottle.ACCOUNT, username);
        Optional<StaffAccount> account = accounts.find(username);
        Optional<Duration> wait = throttle.waitFor(SignInThrottle.ACCOUNT, username)
                .or(() -> throttle.waitFor(throttle.address(), address));
        if (wait.isPresent()) {
            events.failed(account.map(StaffAccount::username), "refused unchecked: wait " + wait.get().toSeconds() + " s",
                    address);
            return new Outcome(null, new SignInRefused.MustWait(wait.get()));
        }
        if (account.filter(a -> a.lockedAt(clock.now())).isPresent()) {
            events.failed(Optional.of(username), "account locked", address);
            return new Outcome(null, new LockedException("This account is locked after repeated failed sign-ins."));
        }
        if (account.filter(a -> !a.enabled()).isPresent()) {
            return failure(account, username, address, new DisabledException("This account is disabled."));
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            String code = attempt.getDetails() instanceof SignInDetails details ? details.code().orElse(null) : null;
            if (!secondFactors.accepts(result.getName(), code)) {
                return failure(account, username, address, new SignInRefused.CodeNeeded());
            }
            throttle.succeeded(SignInThrottle.ACCOUNT, username);
            if (account.filter(a -> a.failedSignIns() > 0).isPresent()) {
                accounts.signedIn(result.getName());
            }
            return new Outcome(result, null);
        } catch (AuthenticationException e) {
            return failure(account, username, address, e);
        }
    }

    private Outcome failure(Optional<StaffAccount> account, String username, String address, AuthenticationException why) {
        int failures = throttle.failed(SignInThrottle.ACCOUNT, username);
        throttle.failed(throttle.address(), address);
        events.failed(account.map(StaffAccount::username), why.getClass().getSimpleName() + " (" + failures + " in a row)",
                address);
        if (account.isPresent()) {
            Optional<Instant> lockUntil = failures >= LOCK_AFTER ? Optional.of(clock.now().plus(lockout)) : Optional.empty();
            accounts.failedSignIn(username, lockUntil);
            lockUntil.ifPresent(until -> events.lockedOut(username, until.toString(), address));
        }
        return new Outcome(null, why);
    }
}

package jp.kakanai.server.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing, per account and per address, in the database so that every server counts the
 * same failures (table {@code sign_in_throttle}). After the free tries, each failure doubles the wait
 * before the next try is even checked: an account allows 3 failures, then waits 1 s, 2 s, 4 s … up to 15
 * minutes; an address (one attacker trying many accounts) allows 30, then 1 s, 2 s … up to an hour. A
 * failure older than the decay time starts the count afresh; a success clears the account's count. Under
 * the waits 200 guesses take days instead of the 9.4 s the red team needed; at 10 failures the account is
 * locked outright ({@link SignInLockout}).
 */
@Component
public class SignInThrottle {
    /** How a kind of subject is throttled. */
    record Policy(String prefix, int freeTries, Duration cap, Duration decay) {
        Duration waitAfter(int failures) {
            if (failures <= freeTries) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeTries - 1, 30);
            Duration wait = Duration.ofSeconds(1L << doublings);
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    static final Policy ACCOUNT = new Policy("account:", 3, Duration.ofMinutes(15), Duration.ofHours(24));
    /**
     * Per address: generous ({@code kakanai.security.sign-in.address-free-tries}, 30): several clerks may share one
     * address (a counter's PCs behind one proxy); spraying many accounts is still slowed.
     */
    Policy address() {
        return address;
    }

    static final Duration ADDRESS_CAP = Duration.ofHours(1);
    private final JdbcClient jdbc;
    private final OfficeClock clock;
    private final TransactionTemplate separately;
    private final Policy address;

    public SignInThrottle(JdbcClient jdbc, OfficeClock clock, PlatformTransactionManager transactions,
                          @Value("${kakanai.security.sign-in.address-free-tries:30}") int addressFreeTries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.address = new Policy("address:", addressFreeTries, ADDRESS_CAP, ADDRESS_CAP);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long the subject must still wait before a try is checked; empty when it may try now. */
    Optional<Duration> waitFor(Policy policy, String subject) {
        Instant now = clock.now();
        // A wait longer than the policy allows was set by a clock that has since been put back: it is stale.
        return jdbc.sql("select blocked_until from sign_in_throttle where subject = :s").param("s", policy.prefix() + subject)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant)
                .filter(now::isBefore).map(until -> Duration.between(now, until))
                .filter(wait -> wait.compareTo(policy.cap()) <= 0);
    }

    /**
     * Holds the account's row until the caller's transaction ends, so that parallel tries at one account
     * are checked one after the other: a burst of guesses cannot all slip in before the first failure counts.
     */
    void lock(Policy policy, String subject) {
        String key = policy.prefix() + subject;
        if (jdbc.sql("select count(*) from sign_in_throttle where subject = :s").param("s", key).query(Integer.class).single() == 0) {
            try {
                // In a transaction of its own: on PostgreSQL a duplicate key would spoil the sign-in's transaction.
                separately.executeWithoutResult(status -> jdbc.sql("insert into sign_in_throttle"
                                + " (subject, failures, last_failure, blocked_until) values (:s, 0, :epoch, :epoch)")
                        .param("s", key).param("epoch", utc(Instant.EPOCH)).update());
            } catch (DuplicateKeyException anotherTryWasFaster) {
                // the row exists now
            }
        }
        jdbc.sql("select failures from sign_in_throttle where subject = :s for update").param("s", key)
                .query(Integer.class).single();
    }

    /** A failed try: the failures counted so far (within the decay time). */
    int failed(Policy policy, String subject) {
        Instant now = clock.now();
        String key = policy.prefix() + subject;
        int failures = jdbc.sql("select failures, last_failure from sign_in_throttle where subject = :s").param("s", key)
                .query((rs, row) -> {
                    Instant last = rs.getObject(2, OffsetDateTime.class).toInstant();
                    // Failures older than the decay, or "later" than now (the clock was put back), count no more.
                    return last.plus(policy.decay()).isBefore(now) || last.isAfter(now) ? 0 : rs.getInt(1);
                }).optional().orElse(-1);
        int next = Math.max(failures, 0) + 1;
        Instant until = now.plus(policy.waitAfter(next));
        if (failures < 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (subject, failures, last_failure, blocked_until)"
                        + " values (:s, :f, :now, :until)").param("s", key).param("f", next).param("now", utc(now))
                        .param("until", utc(until)).update();
                return next;
            } catch (DuplicateKeyException anotherTryWasFaster) {
                return failed(policy, subject);
            }
        }
        jdbc.sql("update sign_in_throttle set failures = :f, last_failure = :now, blocked_until = :until where subject = :s")
                .param("f", next).param("now", utc(now)).param("until", utc(until)).param("s", key).update();
        return next;
    }

    /** A successful sign-in clears the account's count (never the address's: a valid account must not reset it). */
    void succeeded(Policy policy, String subject) {
        // The row stays (with no failures): it is what parallel tries at the account wait on.
        jdbc.sql("update sign_in_throttle set failures = 0, blocked_until = :epoch where subject = :s and failures > 0")
                .param("epoch", utc(Instant.EPOCH)).param("s", policy.prefix() + subject).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

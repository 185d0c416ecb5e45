package jp.kakanai.server.visit;

import java.util.Optional;
import java.util.UUID;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Check-in that a kiosk may safely repeat: the same {@link IdempotencyKey} from the same kiosk gets the
 * first attempt's receipt back and never a second ticket. The key row is written in the check-in's
 * transaction under a primary key, so when two attempts race (the kiosk retried while the first was still
 * running, perhaps on another server) the database makes the second wait and then fail; it then answers
 * with the winner's receipt.
 */
@Service
public class IdempotentCheckIns {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentCheckIns.class);
    private final CheckInService checkIns;
    private final CheckInKeys keys;
    private final CheckInFingerprint fingerprints;
    private final VisitRepository visits;
    private final OfficeClock clock;
    private final IdempotencyProperties properties;
    private final TransactionTemplate transaction;

    public IdempotentCheckIns(CheckInService checkIns, CheckInKeys keys, CheckInFingerprint fingerprints,
                              VisitRepository visits, OfficeClock clock, IdempotencyProperties properties,
                              PlatformTransactionManager transactions) {
        this.checkIns = checkIns;
        this.keys = keys;
        this.fingerprints = fingerprints;
        this.visits = visits;
        this.clock = clock;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The receipt, and whether it is an earlier attempt's (a replay). */
    public record Outcome(CheckInReceipt receipt, boolean replayed) {
    }

    public Outcome checkIn(String kioskId, Optional<IdempotencyKey> key, CheckIn checkIn) {
        if (key.isEmpty()) {
            return new Outcome(checkIns.checkIn(kioskId, checkIn), false);
        }
        String fingerprint = fingerprints.of(checkIn);
        try {
            return transaction.execute(status -> firstOrReplay(key.get(), fingerprint, checkIn));
        } catch (DuplicateKeyException concurrentAttempt) {
            // The other attempt committed first; this one's transaction (and its ticket number) rolled back.
            LOG.info("Kiosk {} sent two check-ins with one {} at once; both get the first one's receipt",
                    key.get().kioskId(), IdempotencyKey.HEADER);
            return transaction.execute(status -> replay(fingerprint,
                    keys.find(key.get()).orElseThrow(() -> concurrentAttempt)));
        }
    }

    private Outcome firstOrReplay(IdempotencyKey key, String fingerprint, CheckIn checkIn) {
        var now = clock.now();
        keys.deleteIfOlderThan(key, now.minus(properties.keep()));
        Optional<CheckInKeys.Use> earlier = keys.find(key);
        if (earlier.isPresent()) {
            return replay(fingerprint, earlier.get());
        }
        String visitId = UUID.randomUUID().toString();
        keys.insert(key, new CheckInKeys.Use(fingerprint, visitId), now);
        return new Outcome(checkIns.checkIn(visitId, key.kioskId(), checkIn), false);
    }

    private Outcome replay(String fingerprint, CheckInKeys.Use earlier) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new ApiProblem(422, "This " + IdempotencyKey.HEADER + " was already used for a different check-in;"
                    + " send a new key for a new check-in.", IdempotencyKey.HEADER);
        }
        Visit visit = visits.require(earlier.visitId());
        return new Outcome(new CheckInReceipt(visit.id(), visit.ticket().toString()), true);
    }

    /** Forgets expired keys; every server does it, which is harmless (a delete by age). */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    public void forgetExpiredKeys() {
        int forgotten = keys.deleteOlderThan(clock.now().minus(properties.keep()));
        if (forgotten > 0) {
            LOG.info("Forgot {} check-in idempotency keys older than {}", forgotten, properties.keep());
        }
    }
}

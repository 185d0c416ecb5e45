package jp.kakanai.server.privacy;

import jakarta.annotation.PostConstruct;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.resident.MyNumberDigits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents' My Numbers at rest ({@code visit_my_number}, V5__my_number.sql): sealed with
 * {@link MyNumberCipher}, one per visit, plus the last four digits that staff screens show
 * ({@code ********9018}; like the last four digits of a payment card, they identify no one). Every
 * store, decryption and purge is published as a {@link MyNumberUse} in its transaction, which the access
 * log records (who, which visit, why; never the number): if the record cannot be written, nothing happens.
 */
@Repository
public class MyNumberVault {
    private static final Logger LOG = LoggerFactory.getLogger(MyNumberVault.class);
    private final JdbcClient jdbc;
    private final MyNumberCipher cipher;
    private final ApplicationEventPublisher events;

    public MyNumberVault(JdbcClient jdbc, MyNumberCipher cipher, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.events = events;
    }

    /** At check-in, in its transaction. The digits must be valid (checked by the check-in's validation). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(String visitId, String digits, Instant at, String actor) {
        if (!MyNumberDigits.isValid(digits)) {
            throw new IllegalArgumentException("not a valid individual number");
        }
        jdbc.sql("insert into visit_my_number (visit_id, sealed, key_id, last_four, stored_at)"
                        + " values (:visit, :sealed, :key, :lastFour, :at)")
                .param("visit", visitId).param("sealed", cipher.seal(visitId, digits)).param("key", cipher.keyId())
                .param("lastFour", digits.substring(MyNumberDigits.LENGTH - 4)).param("at", utc(at))
                .update();
        events.publishEvent(new MyNumberUse(MyNumberUse.Kind.STORE, actor, Optional.of(visitId), "check-in"));
    }

    /** The masked numbers ({@code ********9018}) of those visits that have one stored. */
    public Map<String, String> maskedOf(Collection<String> visitIds) {
        Map<String, String> masked = new HashMap<>();
        if (!visitIds.isEmpty()) {
            jdbc.sql("select visit_id, last_four from visit_my_number where visit_id in (:ids)").param("ids", visitIds)
                    .query(rs -> {
                        masked.put(rs.getString(1), "********" + rs.getString(2));
                    });
        }
        return masked;
    }

    /**
     * The number, decrypted for one use (printing a form that has its boxes), recorded in the audit with
     * who and why. Empty when the visit has none, or it has been purged.
     *
     * @throws MyNumberUnreadable when it does not decrypt with the configured key
     */
    @Transactional
    public Optional<String> reveal(String visitId, String purpose, String actor) {
        Optional<Sealed> sealed = jdbc.sql("select sealed, key_id from visit_my_number where visit_id = :visit")
                .param("visit", visitId).query((rs, row) -> new Sealed(rs.getString(1), rs.getString(2))).optional();
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        String digits;
        try {
            if (!sealed.get().keyId().equals(cipher.keyId())) {
                throw new MyNumberUnreadable("The My Number of visit " + visitId + " was stored under key id "
                        + sealed.get().keyId() + ", but the server runs with key id " + cipher.keyId() + ".");
            }
            digits = cipher.open(visitId, sealed.get().value());
        } catch (MyNumberUnreadable e) {
            LOG.error(e.getMessage());
            throw e;
        }
        events.publishEvent(new MyNumberUse(MyNumberUse.Kind.REVEAL, actor, Optional.of(visitId), purpose));
        return Optional.of(digits);
    }

    private record Sealed(String value, String keyId) {
    }

    /**
     * Deletes the My Numbers stored before the cutoff, and the idempotency fingerprints of their check-ins
     * (keyed hashes of the request, number included), and records the purge. The number of values deleted.
     */
    @Transactional
    public int purgeStoredBefore(Instant cutoff, String actor) {
        jdbc.sql("delete from check_in_key where visit_id in"
                        + " (select visit_id from visit_my_number where stored_at < :cutoff)")
                .param("cutoff", utc(cutoff)).update();
        int purged = jdbc.sql("delete from visit_my_number where stored_at < :cutoff")
                .param("cutoff", utc(cutoff)).update();
        events.publishEvent(new MyNumberUse(MyNumberUse.Kind.PURGE, actor, Optional.empty(),
                "retention: " + purged + " stored before " + cutoff));
        LOG.info("My Number purge by {}: {} stored values deleted (stored before {})", actor, purged, cutoff);
        return purged;
    }

    /** A server started with another key than some stored values: say so at once, not at the first print. */
    @PostConstruct
    void warnAboutOtherKeys() {
        int others = jdbc.sql("select count(*) from visit_my_number where key_id <> :key").param("key", cipher.keyId())
                .query(Integer.class).single();
        if (others > 0) {
            LOG.error("{} stored My Numbers were encrypted with another key than the configured one (key id {}):"
                    + " they cannot be printed. Check {} / {}.", others, cipher.keyId(), MyNumberKeys.KEY_PROPERTY,
                    MyNumberKeys.FILE_PROPERTY);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

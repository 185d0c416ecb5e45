package jp.kakanai.server.privacy;

import jakarta.annotation.PostConstruct;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.resident.MyNumberDigits;
import jp.kakanai.server.OfficeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The residents' My Numbers at rest ({@code visit_my_number}, V5 and V251): each sealed with a data key of
 * its own ({@link MyNumberCipher}), the data key wrapped and kept in the {@link DataKeyFile} outside the
 * database, plus the last four digits that staff screens show ({@code ********9018}; like the last four
 * digits of a payment card, they identify no one). The purge destroys the data keys, so the numbers are
 * gone from every copy of the database. Every store, decryption and purge is published as a
 * {@link MyNumberUse} in its transaction, which the access log records (who, which visit, why; never the
 * number): if the record cannot be written, nothing happens.
 */
@Repository
public class MyNumberVault {
    private static final Logger LOG = LoggerFactory.getLogger(MyNumberVault.class);
    /** A key no stored number refers to is an interrupted check-in's, once it is this old. */
    private static final Duration ORPHAN_AFTER = Duration.ofHours(1);
    private final JdbcClient jdbc;
    private final MyNumberCipher cipher;
    private final DataKeyFile dataKeys;
    private final ApplicationEventPublisher events;
    private final OfficeClock clock;

    public MyNumberVault(JdbcClient jdbc, MyNumberCipher cipher, DataKeyFile dataKeys, ApplicationEventPublisher events,
                         OfficeClock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.dataKeys = dataKeys;
        this.events = events;
        this.clock = clock;
    }

    /** At check-in, in its transaction. The digits must be valid (checked by the check-in's validation). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(String visitId, String digits, Instant at, String actor) {
        if (!MyNumberDigits.isValid(digits)) {
            throw new IllegalArgumentException("not a valid individual number");
        }
        MyNumberCipher.Sealed sealed = cipher.seal(visitId, digits);
        int slot = dataKeys.put(sealed.wrappedKey(), at);
        destroyUnlessCommitted(slot);
        jdbc.sql("insert into visit_my_number (visit_id, sealed, key_id, last_four, stored_at, data_key_slot)"
                        + " values (:visit, :sealed, :key, :lastFour, :at, :slot)")
                .param("visit", visitId).param("sealed", sealed.value()).param("key", cipher.keyId())
                .param("lastFour", digits.substring(MyNumberDigits.LENGTH - 4)).param("at", utc(at))
                .param("slot", slot).update();
        events.publishEvent(new MyNumberUse(MyNumberUse.Kind.STORE, actor, Optional.of(visitId), "check-in"));
    }

    /** A check-in that rolls back leaves no data key behind. */
    private void destroyUnlessCommitted(int slot) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    dataKeys.destroy(slot);
                }
            }
        });
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
     * The number, decrypted for one use (printing a form that has its boxes), recorded in the access log
     * with who and why. Empty when the visit has none, or it has been purged.
     *
     * @throws MyNumberUnreadable when it does not decrypt with the configured key or its data key is gone
     */
    @Transactional
    public Optional<String> reveal(String visitId, String purpose, String actor) {
        Optional<Stored> stored = jdbc.sql("select sealed, key_id, data_key_slot from visit_my_number where visit_id = :visit")
                .param("visit", visitId).query((rs, row) -> new Stored(rs.getString(1), rs.getString(2),
                        (Integer) rs.getObject(3))).optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        String digits;
        try {
            digits = open(visitId, stored.get());
        } catch (MyNumberUnreadable e) {
            LOG.error(e.getMessage());
            throw e;
        }
        events.publishEvent(new MyNumberUse(MyNumberUse.Kind.REVEAL, actor, Optional.of(visitId), purpose));
        return Optional.of(digits);
    }

    private String open(String visitId, Stored stored) {
        if (!stored.keyId().equals(cipher.keyId())) {
            throw new MyNumberUnreadable("The My Number of visit " + visitId + " was stored under key id "
                    + stored.keyId() + ", but the server runs with key id " + cipher.keyId() + ".");
        }
        if (stored.slot() == null) {
            return cipher.openWithoutDataKey(visitId, stored.value());
        }
        byte[] wrapped = dataKeys.get(stored.slot()).orElseThrow(() -> new MyNumberUnreadable("The data key of visit "
                + visitId + "'s My Number is not in " + dataKeys.path() + " (slot " + stored.slot() + "): the file was"
                + " replaced or restored from another backup than the database."));
        return cipher.open(visitId, stored.value(), wrapped);
    }

    private record Stored(String value, String keyId, Integer slot) {
    }

    /**
     * Deletes the My Numbers stored before the cutoff and destroys their data keys (after which no copy of
     * the database opens them), deletes the idempotency fingerprints of those check-ins, and records the
     * purge. The number of values deleted.
     */
    @Transactional
    public int purgeStoredBefore(Instant cutoff, String actor) {
        jdbc.sql("delete from check_in_key where visit_id in"
                        + " (select visit_id from visit_my_number where stored_at < :cutoff)")
                .param("cutoff", utc(cutoff)).update();
        List<Integer> slots = jdbc.sql("select data_key_slot from visit_my_number where stored_at < :cutoff"
                + " and data_key_slot is not null").param("cutoff", utc(cutoff)).query(Integer.class).list();
        int purged = jdbc.sql("delete from visit_my_number where stored_at < :cutoff")
                .param("cutoff", utc(cutoff)).update();
        slots.forEach(dataKeys::destroy);
        events.publishEvent(new MyNumberUse(MyNumberUse.Kind.PURGE, actor, Optional.empty(),
                "retention: " + purged + " stored before " + cutoff));
        LOG.info("My Number purge by {}: {} stored values deleted and {} data keys destroyed (stored before {})", actor,
                purged, slots.size(), cutoff);
        return purged;
    }

    /**
     * At start-up: say at once when stored values belong to another key, seal values of before data keys
     * anew, and destroy keys that no stored number refers to (a check-in or purge interrupted by a crash).
     */
    @PostConstruct
    void checkAtStartUp() {
        int others = jdbc.sql("select count(*) from visit_my_number where key_id <> :key").param("key", cipher.keyId())
                .query(Integer.class).single();
        if (others > 0) {
            LOG.error("{} stored My Numbers were encrypted with another key than the configured one (key id {}):"
                    + " they cannot be printed. Check {} / {}.", others, cipher.keyId(), MyNumberKeys.KEY_PROPERTY,
                    MyNumberKeys.FILE_PROPERTY);
        }
        sealAnewWithDataKeys();
        Set<Integer> referenced = new HashSet<>(jdbc.sql("select data_key_slot from visit_my_number"
                + " where data_key_slot is not null").query(Integer.class).list());
        Set<Integer> orphans = dataKeys.keysWrittenBefore(clock.now().minus(ORPHAN_AFTER));
        orphans.removeAll(referenced);
        orphans.forEach(dataKeys::destroy);
        if (!orphans.isEmpty()) {
            LOG.info("Destroyed {} My Number data keys that no stored number referred to", orphans.size());
        }
    }

    /** Values stored before V251 were sealed with the master key itself: sealed anew, each with its own key. */
    private void sealAnewWithDataKeys() {
        record Old(String visitId, String value, Instant at) {
        }
        List<Old> old = jdbc.sql("select visit_id, sealed, stored_at from visit_my_number where data_key_slot is null"
                        + " and key_id = :key").param("key", cipher.keyId())
                .query((rs, row) -> new Old(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant())).list();
        for (Old value : old) {
            MyNumberCipher.Sealed sealed = cipher.seal(value.visitId(), cipher.openWithoutDataKey(value.visitId(), value.value()));
            int slot = dataKeys.put(sealed.wrappedKey(), value.at());
            int updated = jdbc.sql("update visit_my_number set sealed = :sealed, data_key_slot = :slot"
                            + " where visit_id = :visit and data_key_slot is null")
                    .param("sealed", sealed.value()).param("slot", slot).param("visit", value.visitId()).update();
            if (updated == 0) {
                dataKeys.destroy(slot);
            }
        }
        if (!old.isEmpty()) {
            LOG.warn("Sealed {} stored My Numbers anew, each with its own data key. Their former form stays in the H2"
                    + " file's free space until it is compacted: stop the server once and run SHUTDOWN COMPACT"
                    + " (docs/security.md).", old.size());
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

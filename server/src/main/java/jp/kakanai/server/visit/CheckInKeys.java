package jp.kakanai.server.visit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idempotency keys of check-ins ({@code check_in_key}, V4__check_in_keys.sql). */
@Repository
class CheckInKeys {
    private final JdbcClient jdbc;

    CheckInKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a key was first used for: the request's fingerprint and the visit it created. */
    record Use(String fingerprint, String visitId) {
    }

    Optional<Use> find(IdempotencyKey key) {
        return jdbc.sql("select fingerprint, visit_id from check_in_key where kiosk_id = :kiosk and idempotency_key = :key")
                .param("kiosk", key.kioskId()).param("key", key.key())
                .query((rs, row) -> new Use(rs.getString(1), rs.getString(2))).optional();
    }

    /**
     * Claims the key for a new visit. A concurrent transaction holding the same key makes this wait until
     * it ends, then fail with a duplicate key if it committed.
     */
    void insert(IdempotencyKey key, Use use, Instant at) {
        jdbc.sql("insert into check_in_key (kiosk_id, idempotency_key, fingerprint, visit_id, created_at)"
                        + " values (:kiosk, :key, :fingerprint, :visit, :at)")
                .param("kiosk", key.kioskId()).param("key", key.key()).param("fingerprint", use.fingerprint())
                .param("visit", use.visitId()).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Forgets keys first used before the instant; the number forgotten. */
    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from check_in_key where created_at < :cutoff")
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).update();
    }

    /** Forgets this one key if it has expired, so that it starts afresh. */
    void deleteIfOlderThan(IdempotencyKey key, Instant cutoff) {
        jdbc.sql("delete from check_in_key where kiosk_id = :kiosk and idempotency_key = :key and created_at < :cutoff")
                .param("kiosk", key.kioskId()).param("key", key.key()).param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }
}

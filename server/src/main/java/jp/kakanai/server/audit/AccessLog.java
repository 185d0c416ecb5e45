package jp.kakanai.server.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log of personal data ({@code access_log}, V250): append-only, one hash chain across every
 * server sharing the database. An append locks the chain's head row ({@code access_log_head}), so rows
 * get consecutive numbers and each links to the one before, whichever server writes it; the code has no
 * update or delete of a row, and on PostgreSQL the server's database user needs only INSERT and SELECT on
 * it (docs/server.md).
 */
@Repository
public class AccessLog {
    private final JdbcClient jdbc;
    private final AccessChain chain;

    public AccessLog(JdbcClient jdbc, AccessChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    /** Appends in the caller's transaction (or its own): the record stands or falls with what it records. */
    @Transactional
    public AccessLogEntry append(AccessRecord given) {
        AccessRecord record = new AccessRecord(given.at().truncatedTo(ChronoUnit.MILLIS), given.actor(), given.action(),
                given.visitId(), given.purpose(), given.status(), given.client());
        Head head = jdbc.sql("select last_seq, last_hash from access_log_head where id = 1 for update")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.seq() + 1;
        String hash = chain.hash(seq, record, head.hash());
        jdbc.sql("insert into access_log (seq, at, actor, action, visit_id, purpose, status, client, prev_hash, hash)"
                        + " values (:seq, :at, :actor, :action, :visit, :purpose, :status, :client, :prev, :hash)")
                .param("seq", seq).param("at", utc(record.at())).param("actor", record.actor())
                .param("action", record.action().id()).param("visit", record.visitId().orElse(null))
                .param("purpose", record.purpose()).param("status", record.status())
                .param("client", record.client().orElse(null)).param("prev", head.hash()).param("hash", hash)
                .update();
        jdbc.sql("update access_log_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq).param("hash", hash).update();
        return new AccessLogEntry(seq, record, head.hash(), hash);
    }

    /** The head of the chain: the last row's number and hash, as an auditor writes it down to anchor the log. */
    public Head head() {
        return jdbc.sql("select last_seq, last_hash from access_log_head where id = 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public record Head(long seq, String hash) {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Optional<String> optional(String text) {
        return Optional.ofNullable(text);
    }
}

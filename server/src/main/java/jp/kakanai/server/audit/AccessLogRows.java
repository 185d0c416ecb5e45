package jp.kakanai.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Reads stored rows back (an unknown action id is kept as text for the verifier to report, never dropped). */
final class AccessLogRows {
    static final String COLUMNS = "seq, at, actor, action, visit_id, purpose, status, client, prev_hash, hash";

    private AccessLogRows() {
    }

    /** A row as stored; {@code action} empty when the stored id is no known action (a tampered row). */
    record Stored(long seq, OffsetDateTime at, String actor, String actionId, Optional<String> visitId, String purpose,
                  int status, Optional<String> client, String previousHash, String hash) {
        Optional<AccessLogEntry> entry() {
            return AccessAction.byId(actionId).map(action -> new AccessLogEntry(seq,
                    new AccessRecord(at.toInstant(), actor, action, visitId, purpose, status, client), previousHash, hash));
        }
    }

    static Stored map(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("action"), Optional.ofNullable(rs.getString("visit_id")), rs.getString("purpose"),
                rs.getInt("status"), Optional.ofNullable(rs.getString("client")), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}

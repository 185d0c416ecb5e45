package jp.kakanai.server.audit;

import jakarta.annotation.PostConstruct;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The print audit of before the access log ({@code privacy_audit}: My Number decryptions for prints and
 * purges) moves into the chain once, in its order, at the first start of this version; the old table is
 * then empty. Under the chain's head lock, so servers starting together move each row once.
 */
@Component
class PrintAuditImport {
    private static final Logger LOG = LoggerFactory.getLogger(PrintAuditImport.class);
    private static final Pattern REVEAL = Pattern.compile("visit ([0-9a-fA-F-]{36}): (.*)");
    private final JdbcClient jdbc;
    private final AccessLog log;
    private final TransactionTemplate transaction;

    PrintAuditImport(JdbcClient jdbc, AccessLog log, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.log = log;
        this.transaction = transaction;
    }

    private record OldRow(long id, OffsetDateTime at, String actor, String action, int count, String detail) {
    }

    @PostConstruct
    void moveIntoTheChain() {
        int moved = transaction.execute(status -> {
            jdbc.sql("select last_seq from access_log_head where id = 1 for update").query(Long.class).single();
            List<OldRow> rows = jdbc.sql("select id, at, actor, action, value_count, detail from privacy_audit order by id")
                    .query((rs, n) -> new OldRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getString(6))).list();
            for (OldRow row : rows) {
                log.append(recordOf(row));
            }
            jdbc.sql("delete from privacy_audit").update();
            return rows.size();
        });
        if (moved > 0) {
            LOG.info("Moved {} rows of the former print audit (privacy_audit) into the access log", moved);
        }
    }

    private static AccessRecord recordOf(OldRow row) {
        String detail = row.detail() == null ? "" : row.detail();
        if ("reveal".equals(row.action())) {
            Matcher m = REVEAL.matcher(detail);
            return new AccessRecord(row.at().toInstant(), row.actor(), AccessAction.MY_NUMBER_USE,
                    m.matches() ? Optional.of(m.group(1)) : Optional.empty(), m.matches() ? m.group(2) : detail, 200,
                    Optional.empty());
        }
        return new AccessRecord(row.at().toInstant(), row.actor(), AccessAction.MY_NUMBER_PURGE, Optional.empty(),
                "retention: " + row.count() + " " + detail, 200, Optional.empty());
    }
}

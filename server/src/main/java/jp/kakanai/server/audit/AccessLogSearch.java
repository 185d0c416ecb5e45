package jp.kakanai.server.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kakanai.server.OfficeClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The auditor's questions to the log: a period (Asia/Tokyo days), a person, a visit, an action; newest first. */
@Component
public class AccessLogSearch {
    private final JdbcClient jdbc;

    public AccessLogSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look for; every part optional. {@code beforeSeq} pages back from a row already shown. */
    public record Filter(LocalDate from, LocalDate to, Optional<String> actor, Optional<String> visitId,
                         Optional<AccessAction> action, Optional<Long> beforeSeq) {
    }

    public List<AccessLogEntry> page(Filter filter, int limit) {
        List<AccessLogEntry> rows = new ArrayList<>();
        query(filter, " order by seq desc fetch first " + limit + " rows only", rows::add);
        return rows;
    }

    /** Every matching row, newest first, handed on one by one (an export does not hold them all). */
    public void each(Filter filter, Consumer<AccessLogEntry> consumer) {
        query(filter, " order by seq desc", consumer);
    }

    private void query(Filter filter, String order, Consumer<AccessLogEntry> consumer) {
        StringBuilder sql = new StringBuilder("select " + AccessLogRows.COLUMNS + " from access_log where at >= :from and at < :to");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", AccessLog.utc(filter.from().atStartOfDay(OfficeClock.ZONE).toInstant()));
        params.put("to", AccessLog.utc(filter.to().plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant()));
        filter.actor().ifPresent(actor -> {
            sql.append(" and actor = :actor");
            params.put("actor", actor);
        });
        filter.visitId().ifPresent(visit -> {
            sql.append(" and visit_id = :visit");
            params.put("visit", visit);
        });
        filter.action().ifPresent(action -> {
            sql.append(" and action = :action");
            params.put("action", action.id());
        });
        filter.beforeSeq().ifPresent(seq -> {
            sql.append(" and seq < :before");
            params.put("before", seq);
        });
        jdbc.sql(sql + order).params(params).query(AccessLogRows::map)
                .stream().forEach(row -> row.entry().ifPresent(consumer));
    }
}

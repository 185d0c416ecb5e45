package jp.kakanai.server.queue;

import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import jp.kakanai.server.OfficeClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The span projection ({@code queue_span}): insert-only while the log grows. A span that arrives for a
 * day whose rollup is already built (a visit that spanned midnight, a late correction) makes that day's
 * and its month's rollups stale, in the same transaction, so no report ever counts it twice or misses it.
 */
@Repository
public class QueueSpans {
    static final String COLUMNS = "visit_id, kind, department, procedure_id, counter_name, entry, outcome, started_at,"
            + " seconds, local_day, local_hour, local_weekday";
    static final String INSERT = "insert into queue_span (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.INTEGER, Types.DATE, Types.SMALLINT,
        Types.SMALLINT};
    private final JdbcTemplate jdbc;
    private final QueueRollups rollups;
    private final OfficeClock clock;

    public QueueSpans(JdbcTemplate jdbc, QueueRollups rollups, OfficeClock clock) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** In the caller's transaction (the event's). */
    public void insert(List<Span> spans) {
        if (spans.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, spans.stream().map(QueueSpans::row).toList(), TYPES);
        LocalDate today = clock.today();
        new TreeSet<>(spans.stream().map(s -> s.local().toLocalDate()).filter(d -> d.isBefore(today)).toList())
                .forEach(rollups::markStale);
    }

    /** One span as the columns of {@link #COLUMNS}. */
    static Object[] row(Span s) {
        var local = s.local();
        return new Object[] {s.visitId(), s.kind().name(), s.department(), s.procedureId().orElse(null),
                s.counter().orElse(null), s.entry().map(Enum::name).orElse(null), s.outcome().map(Enum::name).orElse(null),
                s.startedAt().atOffset(ZoneOffset.UTC), (int) Math.min(Integer.MAX_VALUE, s.seconds()),
                local.toLocalDate(), local.getHour(), local.getDayOfWeek().getValue()};
    }
}

package jp.kakanai.server.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only event log ({@code queue_event}) and its measure projection ({@code queue_measure}).
 * There is deliberately no method that updates or deletes a row: corrections are new events.
 */
@Repository
public class QueueEventLog {
    private static final String EVENT_COLUMNS =
            "visit_id, event_type, department, to_department, procedure_id, counter_name, clerk, occurred_at, ticket_number";
    private final JdbcClient jdbc;

    public QueueEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the event and the measures it makes final (see {@link VisitTimeline}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(QueueEvent event) {
        List<QueueEvent> before = eventsOf(event.visitId());
        int known = VisitTimeline.replay(event.visitId(), before).measures().size();
        List<QueueEvent> after = new ArrayList<>(before);
        after.add(event);
        insertEvent(event);
        List<Measure> all = VisitTimeline.replay(event.visitId(), after).measures();
        all.subList(known, all.size()).forEach(this::insertMeasure);
    }

    public List<QueueEvent> eventsOf(String visitId) {
        return jdbc.sql("select " + EVENT_COLUMNS + " from queue_event where visit_id = :visit order by id")
                .param("visit", visitId).query((rs, row) -> read(rs)).list();
    }

    /** The events of every visit that had an event since the instant, grouped by visit, in log order. */
    public Map<String, List<QueueEvent>> visitsActiveSince(Instant since) {
        Map<String, List<QueueEvent>> byVisit = new LinkedHashMap<>();
        jdbc.sql("select " + EVENT_COLUMNS + " from queue_event where visit_id in"
                        + " (select visit_id from queue_event where occurred_at >= :since) order by id")
                .param("since", since.atOffset(ZoneOffset.UTC))
                .query(rs -> {
                    QueueEvent event = read(rs);
                    byVisit.computeIfAbsent(event.visitId(), v -> new ArrayList<>()).add(event);
                });
        return byVisit;
    }

    void insertEvent(QueueEvent e) {
        jdbc.sql("insert into queue_event (" + EVENT_COLUMNS + ") values"
                        + " (:visit, :type, :department, :to, :procedure, :counter, :clerk, :at, :ticket)")
                .param("visit", e.visitId()).param("type", e.type().name()).param("department", e.department())
                .param("to", e.toDepartment().orElse(null)).param("procedure", e.procedureId().orElse(null))
                .param("counter", e.counter().orElse(null)).param("clerk", e.clerk().orElse(null))
                .param("at", e.at().atOffset(ZoneOffset.UTC)).param("ticket", e.ticketNumber().orElse(null))
                .update();
    }

    void insertMeasure(Measure m) {
        var local = WaitingTimeReport.Row.of(m);
        jdbc.sql("insert into queue_measure (visit_id, kind, department, procedure_id, started_at, seconds,"
                        + " local_hour, local_weekday) values (:visit, :kind, :department, :procedure, :at, :seconds,"
                        + " :hour, :weekday)")
                .param("visit", m.visitId()).param("kind", m.kind().name()).param("department", m.department())
                .param("procedure", m.procedureId().orElse(null)).param("at", m.startedAt().atOffset(ZoneOffset.UTC))
                .param("seconds", m.seconds()).param("hour", local.hour())
                .param("weekday", local.weekday())
                .update();
    }

    private static QueueEvent read(ResultSet rs) throws SQLException {
        return new QueueEvent(rs.getString(1), QueueEventType.valueOf(rs.getString(2)), rs.getString(3),
                Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                rs.getObject(8, OffsetDateTime.class).toInstant(), Optional.ofNullable(rs.getString(9)));
    }
}

package jp.kakanai.server.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only event log ({@code queue_event}) and, in the same transaction, its projections: the
 * spans ({@link QueueSpans}) and the open tickets ({@link OpenTickets}). There is deliberately no method
 * that updates or deletes an event: corrections are new events.
 */
@Repository
public class QueueEventLog {
    static final String EVENT_COLUMNS = "visit_id, event_type, department, to_department, procedure_id, counter_name,"
            + " clerk, occurred_at, ticket_number, reservation_id";
    private final JdbcClient jdbc;
    private final QueueSpans spans;
    private final OpenTickets openTickets;

    public QueueEventLog(JdbcClient jdbc, QueueSpans spans, OpenTickets openTickets) {
        this.jdbc = jdbc;
        this.spans = spans;
        this.openTickets = openTickets;
    }

    /** Appends the event, the spans it makes final (see {@link VisitTimeline}) and the visit's open ticket. */
    @Transactional(propagation = Propagation.MANDATORY)
    public VisitTimeline append(QueueEvent event) {
        VisitTimeline timeline = VisitTimeline.replay(event.visitId(), eventsOf(event.visitId()));
        int known = timeline.spanCount();
        timeline.apply(event);
        insertEvent(event);
        List<Span> all = timeline.spans();
        spans.insert(all.subList(known, all.size()));
        openTickets.project(timeline, event);
        return timeline;
    }

    public List<QueueEvent> eventsOf(String visitId) {
        return jdbc.sql("select " + EVENT_COLUMNS + " from queue_event where visit_id = :visit order by id")
                .param("visit", visitId).query((rs, row) -> read(rs)).list();
    }

    private void insertEvent(QueueEvent e) {
        jdbc.sql("insert into queue_event (" + EVENT_COLUMNS + ") values"
                        + " (:visit, :type, :department, :to, :procedure, :counter, :clerk, :at, :ticket, :reservation)")
                .param("visit", e.visitId()).param("type", e.type().name()).param("department", e.department())
                .param("to", e.toDepartment().orElse(null)).param("procedure", e.procedureId().orElse(null))
                .param("counter", e.counter().orElse(null)).param("clerk", e.clerk().orElse(null))
                .param("at", e.at().atOffset(ZoneOffset.UTC)).param("ticket", e.ticketNumber().orElse(null))
                .param("reservation", e.reservationId().orElse(null))
                .update();
    }

    /** One event from a row of {@link #EVENT_COLUMNS}. */
    static QueueEvent read(ResultSet rs) throws SQLException {
        return new QueueEvent(rs.getString(1), QueueEventType.valueOf(rs.getString(2)), rs.getString(3),
                Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                rs.getObject(8, OffsetDateTime.class).toInstant(), Optional.ofNullable(rs.getString(9)),
                Optional.ofNullable(rs.getString(10)));
    }
}

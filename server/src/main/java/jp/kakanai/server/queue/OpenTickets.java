package jp.kakanai.server.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.queue.VisitTimeline.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open tickets ({@code queue_open_ticket}, one row per visit until it closes) and every ticket number
 * handed out ({@code queue_ticket_number}): kept in step with the event log in the event's transaction,
 * so the live view, "call next" and the phone page are indexed lookups, never a replay. The calling
 * order is {@code call_rank} (reserved residents within their slot first), then arrival, then number.
 */
@Repository
public class OpenTickets {
    private static final String COLUMNS = "visit_id, ticket_number, department, status, entered_queue_at, counter_name,"
            + " called_at, earlier_numbers";
    private static final String ORDER = " order by call_rank, entered_queue_at, ticket_number";
    private final JdbcClient jdbc;

    public OpenTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** After {@code event} was applied to {@code timeline}: the row follows the visit's state. */
    void project(VisitTimeline timeline, QueueEvent event) {
        event.ticketNumber().ifPresent(number -> number(timeline.visitId(), event, number));
        state(timeline);
    }

    /** A visit's rows written afresh from its whole log (after they were deleted: a rebuild). */
    void restore(VisitTimeline timeline, List<QueueEvent> events) {
        // Not-exists: a log written before numbers were unique per day must not stop the rebuild.
        events.forEach(e -> e.ticketNumber().ifPresent(number -> jdbc.sql("insert into queue_ticket_number (office_day,"
                        + " ticket_number, visit_id) select :day, :number, :visit where not exists (select 1 from"
                        + " queue_ticket_number where office_day = :day and ticket_number = :number)")
                .param("day", OfficeClock.dayOf(e.at())).param("number", number).param("visit", timeline.visitId())
                .update()));
        if (timeline.status() != Status.NOT_ISSUED) {
            state(timeline);
        }
    }

    private void number(String visitId, QueueEvent event, String number) {
        jdbc.sql("insert into queue_ticket_number (office_day, ticket_number, visit_id) values (:day, :number, :visit)")
                .param("day", OfficeClock.dayOf(event.at())).param("number", number).param("visit", visitId).update();
    }

    private void state(VisitTimeline timeline) {
        if (timeline.status() == Status.CLOSED) {
            jdbc.sql("delete from queue_open_ticket where visit_id = :visit").param("visit", timeline.visitId()).update();
            return;
        }
        List<String> numbers = timeline.ticketNumbers();
        Map<String, Object> row = new HashMap<>();
        row.put("visit", timeline.visitId());
        row.put("day", OfficeClock.dayOf(timeline.enteredQueueAt()));
        row.put("department", timeline.department());
        row.put("status", timeline.status().name());
        row.put("number", numbers.isEmpty() ? "?" : numbers.get(numbers.size() - 1));
        row.put("earlier", String.join(",", numbers.subList(0, Math.max(0, numbers.size() - 1))));
        row.put("entered", utc(timeline.enteredQueueAt()));
        row.put("called", timeline.lastCallAt().map(OpenTickets::utc).orElse(null));
        row.put("counter", timeline.counter().orElse(null));
        row.put("rank", timeline.entry() == Span.Entry.RESERVED ? 0 : 1);
        int updated = jdbc.sql("update queue_open_ticket set office_day = :day, department = :department,"
                        + " status = :status, ticket_number = :number, earlier_numbers = :earlier,"
                        + " entered_queue_at = :entered, called_at = :called, counter_name = :counter, call_rank = :rank"
                        + " where visit_id = :visit")
                .params(row).update();
        if (updated == 0) {
            jdbc.sql("insert into queue_open_ticket (visit_id, office_day, department, status, ticket_number,"
                            + " earlier_numbers, entered_queue_at, called_at, counter_name, call_rank) values (:visit,"
                            + " :day, :department, :status, :number, :earlier, :entered, :called, :counter, :rank)")
                    .params(row).update();
        }
    }

    /** The day's open tickets in calling order. */
    public List<LiveQueue.Ticket> of(LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from queue_open_ticket where office_day = :day" + ORDER)
                .param("day", day).query((rs, n) -> read(rs)).list();
    }

    public Optional<LiveQueue.Ticket> ofVisit(String visitId) {
        return jdbc.sql("select " + COLUMNS + " from queue_open_ticket where visit_id = :visit")
                .param("visit", visitId).query((rs, n) -> read(rs)).optional();
    }

    /**
     * Takes the ticket's row for this transaction by writing it (a no-op update): false when no such row is left,
     * waiting first for a transaction that holds it. Reads never wait; this makes a step exactly-once.
     */
    public boolean claim(String visitId) {
        return jdbc.sql("update queue_open_ticket set status = status where visit_id = :visit")
                .param("visit", visitId).update() == 1;
    }

    /** How many wait before the ticket at its department, in calling order. */
    public int ahead(String visitId) {
        return jdbc.sql("select count(*) from queue_open_ticket o join queue_open_ticket me on me.visit_id = :visit"
                        + " where o.office_day = me.office_day and o.department = me.department and o.status = 'WAITING'"
                        + " and (o.call_rank < me.call_rank or (o.call_rank = me.call_rank"
                        + " and (o.entered_queue_at < me.entered_queue_at or (o.entered_queue_at = me.entered_queue_at"
                        + " and o.ticket_number < me.ticket_number))))")
                .param("visit", visitId).query(Integer.class).single();
    }

    /** The next to call at a department that day: the first waiting in calling order. */
    public Optional<String> nextWaiting(LocalDate day, String department) {
        return jdbc.sql("select visit_id from queue_open_ticket where office_day = :day and department = :department"
                        + " and status = 'WAITING'" + ORDER + " fetch first 1 rows only")
                .param("day", day).param("department", department).query(String.class).optional();
    }

    /** Open tickets of days before {@code day}: what closing the past days must close. */
    public List<LiveQueue.Ticket> openBefore(LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from queue_open_ticket where office_day < :day" + ORDER)
                .param("day", day).query((rs, n) -> read(rs)).list();
    }

    private static LiveQueue.Ticket read(ResultSet rs) throws SQLException {
        String earlier = rs.getString(8);
        return new LiveQueue.Ticket(rs.getString(1), rs.getString(2), rs.getString(3), Status.valueOf(rs.getString(4)),
                rs.getObject(5, OffsetDateTime.class).toInstant(), Optional.ofNullable(rs.getString(6)),
                Optional.ofNullable(rs.getObject(7, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                earlier.isEmpty() ? List.of() : Arrays.asList(earlier.split(",")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rebuilds the projections of the visits whose ticket was issued in a range of days from the event log:
 * their spans, open tickets and ticket numbers are deleted and written again by replaying their events
 * through {@link VisitTimeline}. Plain JDBC on whatever connection it is given, so that both the rebuild
 * on demand and the migration that fills the projections of an existing log (V221) use it.
 */
final class LogReplay {
    private static final int CHUNK = 500;
    private final NamedParameterJdbcTemplate jdbc;
    private final OpenTickets openTickets;

    LogReplay(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.openTickets = new OpenTickets(JdbcClient.create(jdbc));
    }

    /** Replays the visits issued on the days from {@code from} to {@code to} (Asia/Tokyo); returns how many. */
    int replay(LocalDate from, LocalDate to) {
        List<String> visits = jdbc.queryForList("select visit_id from queue_event where event_type = 'ISSUED'"
                        + " and occurred_at >= :from and occurred_at < :to order by id",
                Map.of("from", startOf(from), "to", startOf(to.plusDays(1))), String.class);
        for (int i = 0; i < visits.size(); i += CHUNK) {
            replayVisits(visits.subList(i, Math.min(visits.size(), i + CHUNK)));
        }
        return visits.size();
    }

    /** The first and last Asia/Tokyo day on which a ticket was issued, if any. */
    Optional<LocalDate[]> issuedDays() {
        return jdbc.query("select min(occurred_at), max(occurred_at) from queue_event where event_type = 'ISSUED'",
                rs -> {
                    rs.next();
                    OffsetDateTime first = rs.getObject(1, OffsetDateTime.class);
                    return first == null ? Optional.<LocalDate[]>empty() : Optional.of(new LocalDate[] {
                            OfficeClock.dayOf(first.toInstant()),
                            OfficeClock.dayOf(rs.getObject(2, OffsetDateTime.class).toInstant())});
                });
    }

    private void replayVisits(List<String> visits) {
        Map<String, Object> ids = Map.of("ids", visits);
        Map<String, List<QueueEvent>> events = new LinkedHashMap<>();
        jdbc.query("select " + QueueEventLog.EVENT_COLUMNS + " from queue_event where visit_id in (:ids)"
                + " order by visit_id, id", ids, rs -> {
                    QueueEvent event = QueueEventLog.read(rs);
                    events.computeIfAbsent(event.visitId(), v -> new ArrayList<>()).add(event);
                });
        Map<String, String> printed = new HashMap<>();
        jdbc.query("select id, ticket_number from visit where id in (:ids)", ids,
                rs -> {
                    printed.put(rs.getString(1), rs.getString(2));
                });
        jdbc.update("delete from queue_span where visit_id in (:ids)", ids);
        jdbc.update("delete from queue_open_ticket where visit_id in (:ids)", ids);
        jdbc.update("delete from queue_ticket_number where visit_id in (:ids)", ids);
        List<Object[]> spans = new ArrayList<>();
        events.forEach((visit, log) -> {
            List<QueueEvent> numbered = withPrintedTicket(log, Optional.ofNullable(printed.get(visit)));
            VisitTimeline timeline = VisitTimeline.replay(visit, numbered);
            timeline.spans().forEach(s -> spans.add(QueueSpans.row(s)));
            openTickets.restore(timeline, numbered);
        });
        jdbc.getJdbcTemplate().batchUpdate(QueueSpans.INSERT, spans, QueueSpans.TYPES);
    }

    /** Events from before tickets were logged (V3) carry no number: the visit's printed ticket is the first. */
    private static List<QueueEvent> withPrintedTicket(List<QueueEvent> log, Optional<String> printed) {
        QueueEvent first = log.get(0);
        if (first.type() != QueueEventType.ISSUED || first.ticketNumber().isPresent() || printed.isEmpty()) {
            return log;
        }
        List<QueueEvent> numbered = new ArrayList<>(log);
        numbered.set(0, new QueueEvent(first.visitId(), first.type(), first.department(), first.toDepartment(),
                first.procedureId(), first.counter(), first.clerk(), first.at(), printed, first.reservationId()));
        return numbered;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(OfficeClock.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}

package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.queue.Measure.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managers' figures: live per department, and the audit of a period from the measure projection. */
@Service
public class QueueReports {
    private final JdbcClient jdbc;
    private final QueueService queue;
    private final Departments departments;
    private final QueueProperties properties;

    public QueueReports(JdbcClient jdbc, QueueService queue, Departments departments, QueueProperties properties) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.departments = departments;
        this.properties = properties;
    }

    /** Per department now: waiting count, longest current wait, called, being served, parked no-shows. */
    public record DepartmentNow(String department, String name, int waiting, long longestWaitSeconds, int called,
                                int serving, int noShows) {
    }

    @Transactional(readOnly = true)
    public List<DepartmentNow> live() {
        LiveQueue live = queue.live();
        return departments.all().stream().map(d -> {
            var waiting = live.at(d.id(), VisitTimeline.Status.WAITING);
            long longest = waiting.stream().mapToLong(t -> t.waitingSeconds(live.now())).max().orElse(0);
            return new DepartmentNow(d.id(), d.name().ja(), waiting.size(), longest,
                    live.at(d.id(), VisitTimeline.Status.CALLED).size(),
                    live.at(d.id(), VisitTimeline.Status.SERVING).size(),
                    live.at(d.id(), VisitTimeline.Status.NO_SHOW).size());
        }).toList();
    }

    /** The audit of the days from {@code from} to {@code to}, both included (Asia/Tokyo). */
    @Transactional(readOnly = true)
    public WaitingTimeReport report(LocalDate from, LocalDate to) {
        List<WaitingTimeReport.Row> rows = new ArrayList<>();
        Map<String, Kind> kinds = new HashMap<>();
        for (Kind kind : Kind.values()) {
            kinds.put(kind.name(), kind);
        }
        jdbc.sql("select kind, department, procedure_id, local_hour, local_weekday, seconds from queue_measure"
                        + " where started_at >= :from and started_at < :to")
                .param("from", from.atStartOfDay(OfficeClock.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .param("to", to.plusDays(1).atStartOfDay(OfficeClock.ZONE).toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC))
                .query(rs -> {
                    rows.add(new WaitingTimeReport.Row(kinds.get(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getInt(5), rs.getLong(6)));
                });
        return WaitingTimeReport.of(from, to, properties.target().toSeconds(), rows, names());
    }

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        departments.all().forEach(d -> names.put(d.id(), d.name().ja()));
        return names;
    }
}

package jp.kakanai.server.queue;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.queue.Measure.Kind;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
    private final OfficeClock clock;
    private static final int MONTHS_KEPT = 60;
    private static final Map<String, Kind> KINDS = new HashMap<>();
    private final Map<YearMonth, List<WaitingTimeReport.Row>> settledMonths = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final ExecutorService readers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "report-reader");
        thread.setDaemon(true);
        return thread;
    });

    static {
        for (Kind kind : Kind.values()) {
            KINDS.put(kind.name(), kind);
        }
    }

    public QueueReports(JdbcClient jdbc, QueueService queue, Departments departments, QueueProperties properties,
                        OfficeClock clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.departments = departments;
        this.properties = properties;
        this.clock = clock;
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

    /**
     * The audit of the days from {@code from} to {@code to}, both included (Asia/Tokyo). The period is read
     * month by month on two threads; months that ended before yesterday can no longer change (a visit
     * spanning midnight is final the next day), so their rows are kept in memory for the next report.
     */
    public WaitingTimeReport report(LocalDate from, LocalDate to) {
        LocalDate settled = clock.today().minusDays(1);
        List<Callable<List<WaitingTimeReport.Row>>> parts = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = start.withDayOfMonth(1).plusMonths(1)) {
            LocalDate monthEnd = start.withDayOfMonth(start.lengthOfMonth());
            LocalDate end = monthEnd.isAfter(to) ? to : monthEnd;
            LocalDate partStart = start;
            boolean wholeSettledMonth = start.getDayOfMonth() == 1 && end.equals(monthEnd) && monthEnd.isBefore(settled);
            parts.add(wholeSettledMonth
                    ? () -> settledMonths.computeIfAbsent(YearMonth.from(partStart), m -> rows(partStart, monthEnd))
                    : () -> rows(partStart, end));
        }
        if (settledMonths.size() > MONTHS_KEPT) {
            settledMonths.clear();
        }
        List<WaitingTimeReport.Row> rows = new ArrayList<>();
        try {
            for (Future<List<WaitingTimeReport.Row>> part : readers.invokeAll(parts)) {
                rows.addAll(part.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the report", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        return WaitingTimeReport.of(from, to, properties.target().toSeconds(), rows, names());
    }

    private List<WaitingTimeReport.Row> rows(LocalDate from, LocalDate to) {
        List<WaitingTimeReport.Row> rows = new ArrayList<>();
        jdbc.sql("select kind, department, procedure_id, local_hour, local_weekday, seconds from queue_measure"
                        + " where started_at >= :from and started_at < :to")
                .param("from", startOf(from)).param("to", startOf(to.plusDays(1)))
                .query(rs -> {
                    rows.add(new WaitingTimeReport.Row(KINDS.get(rs.getString(1)), intern(rs.getString(2)),
                            intern(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getLong(6)));
                });
        return rows;
    }

    private String intern(String text) {
        return text == null ? null : names.computeIfAbsent(text, t -> t);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(OfficeClock.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Reads the last year's settled months in the background once the server is up, so that the first
     * manager to open the yearly report does not wait for the database ({@code kakanai.queue.prefetch}).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void prefetchLastYear() {
        if (properties.prefetch()) {
            LocalDate yesterday = clock.today().minusDays(1);
            Thread prefetch = new Thread(() -> report(yesterday.minusYears(1).withDayOfMonth(1), yesterday),
                    "report-prefetch");
            prefetch.setDaemon(true);
            prefetch.start();
        }
    }

    @PreDestroy
    void stopReaders() {
        readers.shutdownNow();
    }

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        departments.all().forEach(d -> names.put(d.id(), d.name().ja()));
        return names;
    }
}

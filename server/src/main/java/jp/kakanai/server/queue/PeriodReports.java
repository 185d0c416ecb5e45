package jp.kakanai.server.queue;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The audit of a period, summed in the database from the rollups (and, for days not rolled up yet such
 * as today, from the spans). Nothing is kept in memory between calls, so memory does not grow with the
 * history and the first report after a restart is as fast as any other.
 */
@Component
public class PeriodReports {
    private final QueueRollups rollups;
    private final ReportRows rows;
    private final Departments departments;
    private final QueueProperties properties;

    public PeriodReports(QueueRollups rollups, ReportRows rows, Departments departments, QueueProperties properties) {
        this.rollups = rollups;
        this.rows = rows;
        this.departments = departments;
        this.properties = properties;
    }

    /**
     * The days from {@code from} to {@code to}, both included (Asia/Tokyo). Settled days and months
     * missing a rollup are rolled up first (once; after that a report reads only rollups).
     */
    public WaitingTimeReport report(LocalDate from, LocalDate to) {
        QueueRollups.Built built = rollups.ensure(from, to);
        return ReportAssembly.of(from, to, properties.target().toSeconds(), rows.of(from, to, built), departments);
    }
}

package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managers' figures: live per department from the open tickets, and the audit of a period. */
@Service
public class QueueReports {
    private final QueueService queue;
    private final PeriodReports periods;
    private final Departments departments;

    public QueueReports(QueueService queue, PeriodReports periods, Departments departments) {
        this.queue = queue;
        this.periods = periods;
        this.departments = departments;
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

    /** The audit of the days from {@code from} to {@code to}, both included (see {@link PeriodReports}). */
    public WaitingTimeReport report(LocalDate from, LocalDate to) {
        return periods.report(from, to);
    }
}

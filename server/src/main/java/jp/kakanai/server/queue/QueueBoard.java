package jp.kakanai.server.queue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the hall's board shows now, per department: the calls (newest first), how many wait, the longest
 * wait so far, and about how long a resident arriving now will wait. Public: ticket numbers and counters,
 * never a name. The congestion page shows the same figures without the numbers.
 */
@Component
public class QueueBoard {
    private final QueueService queue;
    private final Departments departments;
    private final QueueEstimates estimates;

    public QueueBoard(QueueService queue, Departments departments, QueueEstimates estimates) {
        this.queue = queue;
        this.departments = departments;
        this.estimates = estimates;
    }

    public record Called(String ticketNumber, String counter, Instant calledAt) {
    }

    /** One department; {@code estimatedWaitMinutes} is empty while there is no estimate ({@link QueueEstimates}). */
    public record DepartmentBoard(String department, String name, List<Called> called, int waiting,
                                  long longestWaitMinutes, Optional<Long> estimatedWaitMinutes) {
    }

    @Transactional(readOnly = true)
    public List<DepartmentBoard> now() {
        LiveQueue live = queue.live();
        Map<String, Integer> perHour = estimates.servedLastHour(live.now());
        return departments.all().stream().map(d -> {
            List<Called> called = live.at(d.id(), VisitTimeline.Status.CALLED).stream()
                    .map(t -> new Called(t.ticketNumber(), t.counter().orElse(""), t.calledAt().orElse(live.now())))
                    .sorted((a, b) -> b.calledAt().compareTo(a.calledAt()))
                    .toList();
            var waiting = live.at(d.id(), VisitTimeline.Status.WAITING);
            long longest = waiting.stream().mapToLong(t -> t.waitingSeconds(live.now())).max().orElse(0) / 60;
            return new DepartmentBoard(d.id(), d.name().ja(), called, waiting.size(), longest,
                    QueueEstimates.minutes(waiting.size(), perHour.getOrDefault(d.id(), 0)));
        }).toList();
    }
}

package jp.kakanai.server.queue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The display board in the hall: public, so it shows ticket numbers and counters only, never a name.
 */
@Component
@Path("/board")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {
    private final QueueService queue;
    private final Departments departments;

    public BoardResource(QueueService queue, Departments departments) {
        this.queue = queue;
        this.departments = departments;
    }

    public record Called(String ticketNumber, String counter, Instant calledAt) {
    }

    public record DepartmentBoard(String department, String name, List<Called> called, int waiting,
                                  long longestWaitMinutes) {
    }

    @GET
    public List<DepartmentBoard> board() {
        LiveQueue live = queue.live();
        return departments.all().stream().map(d -> {
            List<Called> called = live.at(d.id(), VisitTimeline.Status.CALLED).stream()
                    .map(t -> new Called(t.ticketNumber(), t.counter().orElse(""), t.calledAt().orElse(live.now())))
                    .sorted((a, b) -> b.calledAt().compareTo(a.calledAt()))
                    .toList();
            var waiting = live.at(d.id(), VisitTimeline.Status.WAITING);
            long longest = waiting.stream().mapToLong(t -> t.waitingSeconds(live.now())).max().orElse(0) / 60;
            return new DepartmentBoard(d.id(), d.name().ja(), called, waiting.size(), longest);
        }).toList();
    }

}

package jp.kakanai.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.queue.VisitTimeline.Status;

/**
 * Today's queues as they stand now ({@code queue_open_ticket}): who is waiting where since when, who is
 * called to which counter, who is being served. Tickets are in calling order.
 */
public record LiveQueue(Instant now, List<Ticket> tickets) {

    /**
     * One visit's ticket at its present department and where it stands; {@code earlierNumbers} are the
     * tickets of the departments it came through (the resident may still follow those).
     */
    public record Ticket(String visitId, String ticketNumber, String department, Status status,
                         Instant enteredQueueAt, Optional<String> counter, Optional<Instant> calledAt,
                         List<String> earlierNumbers) {
        public Ticket {
            earlierNumbers = List.copyOf(earlierNumbers);
        }

        /** The present ticket or an earlier one of the visit. */
        public boolean answersTo(String number) {
            return ticketNumber.equalsIgnoreCase(number) || earlierNumbers.stream().anyMatch(number::equalsIgnoreCase);
        }

        public long waitingSeconds(Instant now) {
            return Math.max(0, Duration.between(enteredQueueAt, now).toSeconds());
        }
    }

    public List<Ticket> at(String department, Status status) {
        return tickets.stream().filter(t -> t.department().equals(department) && t.status() == status).toList();
    }

    public Optional<Ticket> ticketOf(String visitId) {
        return tickets.stream().filter(t -> t.visitId().equals(visitId)).findFirst();
    }
}

package jp.kakanai.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.server.queue.VisitTimeline.Status;

/**
 * The queues as they stand now, replayed from the events of the visits active in the last day: who is
 * waiting where since when, who is called to which counter, who is being served.
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

    static LiveQueue of(Instant now, Map<String, List<QueueEvent>> eventsByVisit, Map<String, String> tickets) {
        List<Ticket> open = eventsByVisit.entrySet().stream()
                .map(e -> ticket(VisitTimeline.replay(e.getKey(), e.getValue()), e.getValue(),
                        tickets.getOrDefault(e.getKey(), "?")))
                .filter(t -> t.status() != Status.CLOSED && t.status() != Status.NOT_ISSUED)
                .sorted(Comparator.comparing(Ticket::enteredQueueAt))
                .toList();
        return new LiveQueue(now, open);
    }

    private static Ticket ticket(VisitTimeline timeline, List<QueueEvent> events, String checkInNumber) {
        List<String> numbers = timeline.ticketNumbers().isEmpty() ? List.of(checkInNumber) : timeline.ticketNumbers();
        Optional<Instant> lastCall = events.stream().filter(e -> e.type() == QueueEventType.CALLED)
                .map(QueueEvent::at).reduce((first, second) -> second)
                .filter(at -> !at.isBefore(timeline.enteredQueueAt()));
        return new Ticket(timeline.visitId(), numbers.get(numbers.size() - 1), timeline.department(), timeline.status(),
                timeline.enteredQueueAt(), timeline.counter(), lastCall, numbers.subList(0, numbers.size() - 1));
    }

    public List<Ticket> at(String department, Status status) {
        return tickets.stream().filter(t -> t.department().equals(department) && t.status() == status).toList();
    }

    /** The next ticket to call at a department: the one waiting longest. */
    public Optional<Ticket> nextWaitingAt(String department) {
        return at(department, Status.WAITING).stream().findFirst();
    }

    public Optional<Ticket> ticketOf(String visitId) {
        return tickets.stream().filter(t -> t.visitId().equals(visitId)).findFirst();
    }
}

package jp.kakanai.server.publicqueue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public answers worked out once from one published snapshot, as of its check time: the board, each
 * ticket's status by any of its numbers, and the congestion page's figures. Every server reading the same
 * snapshot answers the same, to the byte. The JSON shapes are the pages' (board.js, ticket.js, congestion.js).
 */
public final class PublicViews {
    private final long version;
    private final Instant asOf;
    private final List<BoardDepartment> board;
    private final Map<String, TicketStatus> tickets;
    private final CongestionView congestion;

    /** One department on the hall's board; {@code estimatedWaitMinutes} is empty while there is no estimate. */
    public record BoardDepartment(String department, String name, List<PublicSnapshot.Call> called, int waiting,
                                  long longestWaitMinutes, Optional<Long> estimatedWaitMinutes) {
    }

    /**
     * Where one ticket stands, for the resident's phone (the QR on the printed ticket leads here): the
     * department, how many wait before it, how long it has waited, about how long until the call (empty: no
     * estimate yet, or no longer waiting), and the counter once called. Ticket numbers are public on the
     * board anyway; this says nothing more about the person.
     */
    public record TicketStatus(String ticketNumber, String department, String departmentName, String status, int ahead,
                               long waitedMinutes, String counter, Optional<Long> estimatedWaitMinutes) {
    }

    /** 混雑状況: now per department (how many wait, the estimate, the longest wait) and as usual. */
    public record CongestionView(Instant asOf, List<CongestionNow> now, PublicSnapshot.Usual usual) {
    }

    public record CongestionNow(String department, String name, int waiting, Optional<Long> estimatedWaitMinutes,
                                long longestWaitMinutes) {
    }

    private PublicViews(long version, Instant asOf, PublicSnapshot snapshot) {
        this.version = version;
        this.asOf = asOf;
        this.board = snapshot.departments().stream().map(d -> new BoardDepartment(d.department(), d.name(), d.called(),
                d.waiting(), d.longestWaitingSince().map(this::minutesSince).orElse(0L), d.estimatedWaitMinutes()))
                .toList();
        Map<String, String> names = snapshot.departments().stream()
                .collect(Collectors.toMap(PublicSnapshot.Department::department, PublicSnapshot.Department::name));
        Map<String, TicketStatus> byNumber = new HashMap<>();
        for (PublicSnapshot.Ticket t : snapshot.tickets()) {
            TicketStatus status = new TicketStatus(t.ticketNumber(), t.department(),
                    names.getOrDefault(t.department(), t.department()), t.status(), t.ahead(),
                    minutesSince(t.enteredQueueAt()), t.counter(), t.estimatedWaitMinutes());
            byNumber.putIfAbsent(key(t.ticketNumber()), status);
            t.earlierNumbers().forEach(earlier -> byNumber.putIfAbsent(key(earlier), status));
        }
        this.tickets = Map.copyOf(byNumber);
        this.congestion = new CongestionView(asOf, board.stream().map(d -> new CongestionNow(d.department(), d.name(),
                d.waiting(), d.estimatedWaitMinutes(), d.longestWaitMinutes())).toList(), snapshot.usual());
    }

    static PublicViews of(long version, Instant asOf, PublicSnapshot snapshot) {
        return new PublicViews(version, asOf, snapshot);
    }

    public List<BoardDepartment> board() {
        return board;
    }

    /** The open ticket of the day that has or had this number (the printed one leads to the present one). */
    public Optional<TicketStatus> ticket(String number) {
        return Optional.ofNullable(tickets.get(key(number)));
    }

    public CongestionView congestion() {
        return congestion;
    }

    /** The published content's version: it changes exactly when the content does. */
    public long version() {
        return version;
    }

    /** When a staff server last confirmed the content: the time every figure is as of. */
    public Instant asOf() {
        return asOf;
    }

    private long minutesSince(Instant start) {
        return Math.max(0, Duration.between(start, asOf).toSeconds()) / 60;
    }

    private static String key(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }
}

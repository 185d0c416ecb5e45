package jp.kakanai.server.queue;

/**
 * Where one ticket stands, for the resident's phone (the QR on the printed ticket leads here): the
 * department, how many wait before it, how long it has waited, about how long until the call (from the
 * last hour's service rate, see {@link QueueEstimates}; empty: no estimate yet), and the counter once called. Ticket
 * numbers are public on the board anyway; this says nothing more about the person.
 */
public record TicketStatus(String ticketNumber, String department, String departmentName,
                           VisitTimeline.Status status, int ahead, long waitedMinutes, String counter,
                           java.util.Optional<Long> estimatedWaitMinutes) {
}

package jp.kakanai.server.queue;

/**
 * Where one ticket stands, for the resident's phone (the QR on the printed ticket leads here): the
 * department, how many wait before it, how long it has waited, and the counter once called. Ticket
 * numbers are public on the board anyway; this says nothing more about the person.
 */
public record TicketStatus(String ticketNumber, String department, String departmentName,
                           VisitTimeline.Status status, int ahead, long waitedMinutes, String counter) {
}

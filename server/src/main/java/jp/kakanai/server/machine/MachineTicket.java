package jp.kakanai.server.machine;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A ticket from the ticket machine as the machine prints it: the number, where to wait, what for, when,
 * whether a reservation made it (called before walk-ins), how many wait before it and about how long (empty:
 * no estimate yet), and where a phone can follow it.
 * Nothing about the person: the machine does not know who took it.
 */
public record MachineTicket(String ticketNumber, String department, String departmentName, String purpose,
                            Map<String, String> purposeName, boolean reserved, Instant issuedAt, int waitingAhead,
                            Optional<Long> estimatedWaitMinutes, Optional<String> statusUrl) {
}

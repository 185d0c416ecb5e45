package jp.kakanai.kiosk.machine;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A ticket the server issued for the machine: number, department, purpose, time, how many wait before it
 * and about how long (empty: no estimate yet), and the page a phone can follow it on. No personal data.
 */
public record MachineTicket(String ticketNumber, String departmentName, Map<String, String> purposeName,
                            boolean reserved, Instant issuedAt, int waitingAhead, Optional<Long> estimatedWaitMinutes,
                            Optional<String> statusUrl) {
}

package jp.kakanai.server.kiosk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A resident the kiosk could not check in, sent to the staff desk with a ticket: which kiosk, why, the
 * ticket and its department, when (UTC; {@code visitDate} is the Asia/Tokyo day). No personal data.
 */
public record HelpRequest(String id, String kioskId, HelpReason reason, LocalDate visitDate, String ticketNumber,
                          String department, Instant requestedAt) {
}

package jp.kakanai.server.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket just issued, with the instant it was issued at (read under the prefix's lock, so a later number
 * never carries an earlier time) and the office day that instant falls on.
 */
public record IssuedTicket(TicketNumber number, Instant at, LocalDate day) {
}

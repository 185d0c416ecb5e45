package jp.kakanai.kiosk.metrics;

import java.time.Instant;
import java.util.Optional;

/**
 * One resident's use of the kiosk as the manager sees it, and nothing about the resident: when it began
 * and ended, how long to the ticket, how it ended ({@code ticket}, {@code help-ticket}, {@code added} to an
 * earlier visit, or {@code abandoned} at {@code lastScreen} for {@code endReason}), the life event, the
 * language, the taps and keystrokes (PIN digits apart, not counted), the wrong PINs and the screens passed.
 * {@code id} is random: a retry of the same report is stored once.
 */
public record SessionReport(String id, Instant startedAt, Instant endedAt, Optional<Long> secondsToTicket,
                            String outcome, String endReason, Optional<String> lastScreen, Optional<String> lifeEvent,
                            Optional<String> language, int taps, int keys, int wrongPins, int screens) {
}

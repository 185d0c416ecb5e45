package jp.kakanai.kiosk.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Measures each resident's session at the kiosk for the manager (issue 15: is the three-minute goal met in
 * real use?), without personal data. A session starts with the resident's first tap or screen after the
 * kiosk was at rest, takes the ticket time when a ticket is issued, and ends when the kiosk forgets the
 * resident (finish, start over, idle, a card pulled before the ticket); its report then goes to
 * {@code reports}. The page tells the screens, language and tap counts; the kiosk the rest.
 *
 * <p>Thread-safe: the browser's requests and the idle timer both reach it.
 */
public final class SessionMetrics {
    /** Screens the page shows between residents: reaching them starts nothing. */
    private static final Set<String> AT_REST = Set.of("start", "take-card");
    private static final int MAX_COUNT = 100_000;

    private final Clock clock;
    private final Consumer<SessionReport> reports;
    private Running running;
    private long generation;

    public SessionMetrics(Clock clock, Consumer<SessionReport> reports) {
        this.clock = Objects.requireNonNull(clock);
        this.reports = Objects.requireNonNull(reports);
    }

    private static final class Running {
        final Instant startedAt;
        Instant ticketAt;
        boolean ticketShown;
        String outcome = "ticket";
        String lastScreen;
        String lifeEvent;
        String language;
        int taps;
        int keys;
        int wrongPins;
        int screens;

        Running(Instant startedAt) {
            this.startedAt = startedAt;
        }
    }

    /** The resident tapped (the page's activity): a session starts if none runs. */
    public synchronized void activity() {
        begin();
    }

    /** The page shows {@code screen}; {@code taps} and {@code keys} are its counts since the session began. */
    public synchronized void screen(String screen, String language, int taps, int keys) {
        // The screens between residents belong to no session (the page shows them after a reset, too).
        if (AT_REST.contains(screen)) {
            return;
        }
        Running r = begin();
        if (r.ticketShown) {
            return;
        }
        r.lastScreen = screen;
        r.language = language;
        r.screens++;
        // The page's counts only grow within a session, and stop at the ticket screen: the figure is the
        // resident's way to the ticket, the ticket's own tap included.
        r.taps = Math.min(MAX_COUNT, Math.max(r.taps, taps));
        r.keys = Math.min(MAX_COUNT, Math.max(r.keys, keys));
        r.ticketShown = screen.equals("ticket");
    }

    public synchronized void wrongPin() {
        begin().wrongPins++;
    }

    public synchronized void lifeEvent(String event) {
        if (running != null) {
            running.lifeEvent = event;
        }
    }

    /** A ticket was issued: {@code ticket} (checked in), {@code help-ticket}, or {@code added} to an earlier visit. */
    public synchronized void ticket(String kind) {
        Running r = begin();
        if (r.ticketAt == null) {
            r.ticketAt = clock.instant();
            r.outcome = kind;
        }
    }

    /**
     * The kiosk's session as it stands (from the idle timer): a new generation means the kiosk forgot the
     * resident, and the session ends for {@code lastReset}.
     */
    public synchronized void observe(long sessionGeneration, String lastReset) {
        if (sessionGeneration == generation) {
            return;
        }
        generation = sessionGeneration;
        if (running != null) {
            end(lastReset);
        }
    }

    private Running begin() {
        if (running == null) {
            running = new Running(clock.instant());
        }
        return running;
    }

    private void end(String reason) {
        Running r = running;
        running = null;
        Instant now = clock.instant();
        boolean ticket = r.ticketAt != null;
        reports.accept(new SessionReport(UUID.randomUUID().toString(), r.startedAt, now,
                ticket ? Optional.of(Duration.between(r.startedAt, r.ticketAt).toSeconds()) : Optional.empty(),
                ticket ? r.outcome : "abandoned", reason, Optional.ofNullable(r.lastScreen),
                Optional.ofNullable(r.lifeEvent), Optional.ofNullable(r.language), r.taps, r.keys, r.wrongPins, r.screens));
    }
}

package jp.kakanai.kiosk.app;

import java.util.Objects;
import jp.kakanai.kiosk.metrics.SessionMetrics;

/**
 * The session metrics kept in step with the kiosk's session: before each event the session's generation is
 * looked at, so an event after a reset (the page reporting its first screen for the next resident, say)
 * belongs to the next session even if the idle timer has not looked yet.
 */
final class SessionMeter {
    private final KioskSession session;
    private final SessionMetrics metrics;

    SessionMeter(KioskSession session, SessionMetrics metrics) {
        this.session = Objects.requireNonNull(session);
        this.metrics = Objects.requireNonNull(metrics);
    }

    /** From the idle timer: a forgotten resident ends their session; the life event is taken as chosen. */
    void tick() {
        SessionSnapshot now = session.snapshot();
        metrics.observe(now.generation(), now.lastReset().id());
        now.lifeEvent().ifPresent(metrics::lifeEvent);
    }

    void activity() {
        tick();
        metrics.activity();
    }

    void screen(String screen, String language, int taps, int keys) {
        tick();
        metrics.screen(screen, language, taps, keys);
    }

    void wrongPin() {
        tick();
        metrics.wrongPin();
    }

    void ticket(String kind) {
        tick();
        metrics.ticket(kind);
    }
}

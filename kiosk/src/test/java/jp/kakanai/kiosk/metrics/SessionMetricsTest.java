package jp.kakanai.kiosk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionMetricsTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-11T00:30:00Z"));
    private final List<SessionReport> reports = new ArrayList<>();
    private final SessionMetrics metrics = new SessionMetrics(clock, reports::add);

    @Test
    void aSessionFromTheFirstScreenToTheTicketReportsItsTimeTapsLanguageAndWrongPins() {
        metrics.observe(1, "started");
        metrics.screen("pin", "en", 0, 0);
        metrics.wrongPin();
        clock.move(Duration.ofSeconds(20));
        metrics.screen("confirm", "en", 1, 0);
        metrics.lifeEvent("move-in");
        clock.move(Duration.ofSeconds(100));
        metrics.screen("ticket", "en", 12, 0);
        metrics.ticket("ticket");
        clock.move(Duration.ofSeconds(30));
        metrics.screen("start", "ja", 13, 0);

        metrics.observe(2, "resident");

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.secondsToTicket()).contains(120L);
            assertThat(r.outcome()).isEqualTo("ticket");
            assertThat(r.lifeEvent()).contains("move-in");
            assertThat(r.language()).as("the language of the session, not of the reset screen").contains("en");
            assertThat(r.taps()).as("counted to the ticket").isEqualTo(12);
            assertThat(r.wrongPins()).isEqualTo(1);
            assertThat(r.screens()).isEqualTo(3);
            assertThat(Duration.between(r.startedAt(), r.endedAt())).isEqualTo(Duration.ofSeconds(150));
        });
    }

    @Test
    void anAbandonedSessionSaysOnWhichScreenAndWhy() {
        metrics.observe(1, "started");
        metrics.activity();
        metrics.screen("questions", "ja", 5, 0);

        metrics.observe(2, "idle");

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("abandoned");
            assertThat(r.lastScreen()).contains("questions");
            assertThat(r.endReason()).isEqualTo("idle");
            assertThat(r.secondsToTicket()).isEmpty();
        });
    }

    @Test
    void theScreensBetweenResidentsStartNoSession() {
        metrics.observe(1, "started");
        metrics.screen("start", "ja", 0, 0);
        metrics.screen("take-card", "ja", 0, 0);

        metrics.observe(2, "idle");

        assertThat(reports).isEmpty();
    }

    @Test
    void eachReportHasItsOwnIdAndNoSessionIsReportedTwice() {
        metrics.observe(1, "started");
        metrics.activity();
        metrics.observe(2, "resident");
        metrics.observe(2, "resident");
        metrics.activity();
        metrics.observe(3, "card-removed");

        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).id()).isNotEqualTo(reports.get(1).id());
        assertThat(reports.get(1).endReason()).isEqualTo("card-removed");
        assertThat(reports.get(1).lastScreen()).isEqualTo(Optional.empty());
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

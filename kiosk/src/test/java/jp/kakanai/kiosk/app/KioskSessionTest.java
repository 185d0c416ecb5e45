package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.kiosk.navigation.ChecklistFacts;
import java.util.Map;
import jp.kakanai.kiosk.card.CardReading;
import jp.kakanai.kiosk.card.CardType;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.checkin.IdempotencyKey;
import org.junit.jupiter.api.Test;

class KioskSessionTest {
    private final MovableClock clock = new MovableClock();
    private final KioskSession session = new KioskSession(clock, Duration.ofSeconds(60));

    @Test
    void pullingTheCardWipesWhatWasRead() {
        session.read(reading());
        long before = session.generation();

        assertThat(session.cardRemoved()).isTrue();

        assertThat(session.reading()).isEmpty();
        assertThat(session.generation()).isGreaterThan(before);
        assertThat(session.snapshot().lastReset()).isEqualTo(ResetReason.CARD_REMOVED);
    }

    @Test
    void aCardTakenAwayAfterTheTicketLeavesTheTicketOnScreen() {
        session.read(reading());
        session.lifeEvent("move-in");
        session.checkedIn(session.generation(), new CheckInReceipt("v1", "A-001"));

        assertThat(session.cardRemoved()).isFalse();
        assertThat(session.visit().answers()).isEmpty();

        assertThat(session.receipt()).map(CheckInReceipt::ticketNumber).hasValue("A-001");
    }

    @Test
    void theTicketDropsThePersonalDataAtOnce() {
        session.read(reading());
        session.checkedIn(session.generation(), new CheckInReceipt("v1", "A-001"));
        assertThat(session.reading()).isEmpty();
    }

    @Test
    void noCardOnTheReaderOfAnIdleKioskChangesNothing() {
        long before = session.generation();
        assertThat(session.cardRemoved()).isFalse();
        assertThat(session.generation()).isEqualTo(before);
    }

    @Test
    void idleTimeoutWipesAndCountsDown() {
        session.read(reading());
        clock.advance(Duration.ofSeconds(45));
        assertThat(session.idleSecondsLeft()).isEqualTo(15);
        assertThat(session.expireIfIdle()).isFalse();

        clock.advance(Duration.ofSeconds(15));

        assertThat(session.expireIfIdle()).isTrue();
        assertThat(session.reading()).isEmpty();
        assertThat(session.snapshot().lastReset()).isEqualTo(ResetReason.IDLE);
        assertThat(session.snapshot().active()).isFalse();
    }

    @Test
    void touchingTheScreenRestartsTheIdleCountdown() {
        session.read(reading());
        clock.advance(Duration.ofSeconds(50));
        session.touch();
        clock.advance(Duration.ofSeconds(50));
        assertThat(session.expireIfIdle()).isFalse();
        assertThat(session.reading()).isPresent();
    }

    @Test
    void afterAPulledCardTheIdleTimeoutStillRuns() {
        session.read(reading());
        session.cardRemoved();
        clock.advance(Duration.ofSeconds(61));
        assertThat(session.expireIfIdle()).isTrue();
        assertThat(session.snapshot().lastReset()).isEqualTo(ResetReason.IDLE);
    }

    @Test
    void everyRetryOfOneCheckInSendsTheSameRequestWithTheSameKey() {
        session.read(reading());
        session.lifeEvent("move-in");
        PendingCheckIn first = session.pendingCheckIn(KioskSessionTest::draft);
        assertThat(session.pendingCheckIn(KioskSessionTest::draft)).isSameAs(first);

        session.checkInRefused(session.generation());

        assertThat(session.pendingCheckIn(KioskSessionTest::draft).key()).isNotEqualTo(first.key());
    }

    @Test
    void backUndoesTheAnswersInTheOrderGiven() {
        session.read(reading());
        session.lifeEvent("move-in");
        session.answer("dog", "yes");
        session.household(List.of());
        session.answer("seal-wanted", "no");

        session.back();
        assertThat(session.visit().answers()).containsOnlyKeys("dog");
        assertThat(session.visit().household()).hasValue(List.of());
        session.back();
        assertThat(session.visit().householdAnswered()).isFalse();
        assertThat(session.visit().household()).isEmpty();
    }

    @Test
    void aNavigationForOlderAnswersIsNotKept() {
        session.read(reading());
        session.lifeEvent("move-in");
        long revision = session.visit().revision();
        session.answer("dog", "yes");

        session.navigated(revision, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());

        assertThat(session.visit().navigation()).isEmpty();
    }

    private static PendingCheckIn draft() {
        return new PendingCheckIn(IdempotencyKey.random(),
                new CheckIn(DemoCards.RESIDENT, "move-in", List.of()),
                new ChecklistFacts(0, Map.of(), Optional.empty(), true));
    }

    @Test
    void aTicketArrivingAfterTheResidentLeftIsNotShownToTheNextOne() {
        session.read(reading());
        long generation = session.generation();
        session.wipe(ResetReason.IDLE);

        assertThat(session.checkedIn(generation, new CheckInReceipt("v1", "A-001"))).isFalse();

        assertThat(session.receipt()).isEmpty();
    }

    private static CardReading reading() {
        return new CardReading(CardType.MY_NUMBER_CARD, DemoCards.RESIDENT, List.of(), Optional.empty(), Optional.empty());
    }

    /** A clock the test moves by hand. */
    @Test
    void aBirthThisMorningIsTodayAtTheOpeningThoughTheKioskPcRunsOnUtc() {
        clock.set(Instant.parse("2026-12-07T23:40:00Z")); // 8:40 on Tuesday 8 December in Japan, still Monday in UTC
        session.read(reading());
        session.lifeEvent("birth");

        session.eventDate(java.time.LocalDate.of(2026, 12, 8));

        assertThat(session.today()).isEqualTo(java.time.LocalDate.of(2026, 12, 8));
        assertThat(session.visit().eventDate()).hasValue(java.time.LocalDate.of(2026, 12, 8));
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-04-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

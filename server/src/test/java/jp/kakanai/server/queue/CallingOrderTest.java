package jp.kakanai.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import org.junit.jupiter.api.Test;

/**
 * The documented calling order: reserved residents who came within their slot first, then everyone else,
 * each in order of arrival; the phone page's "ahead" counts in the same order; today's tickets only.
 */
class CallingOrderTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private final QueueDatabase db = new QueueDatabase(at("08:30"));

    @Test
    void aReservedTicketIsCalledBeforeWalkInsWhoCameEarlier() {
        walkIn("early", "09:00", 1);
        walkIn("later", "09:05", 2);
        db.append(QueueEvent.issued("reserved", "shimin", new TicketNumber("A", 3), Optional.of("RSV-0000-0001"),
                at("09:10")));

        assertThat(db.openTickets.nextWaiting(DAY, "shimin")).hasValue("reserved");
        assertThat(db.openTickets.ahead("reserved")).isZero();
        assertThat(db.openTickets.ahead("early")).as("the reserved one goes first").isOne();
        assertThat(db.openTickets.ahead("later")).isEqualTo(2);
        assertThat(db.openTickets.of(DAY)).extracting(LiveQueue.Ticket::visitId)
                .containsExactly("reserved", "early", "later");

        db.append(QueueEvent.byClerk("reserved", QueueEventType.CALLED, "shimin", new Counter("1番窓口", "c"), at("09:11")));
        assertThat(db.openTickets.nextWaiting(DAY, "shimin")).hasValue("early");
    }

    @Test
    void walkInsAreCalledInOrderOfArrivalAndYesterdaysNeverToday() {
        db.append(QueueEvent.issued("yesterday", "shimin", new TicketNumber("A", 9),
                LocalDateTime.of(DAY.minusDays(1), LocalTime.of(16, 0)).atZone(OfficeClock.ZONE).toInstant()));
        walkIn("second", "09:05", 2);
        walkIn("first", "09:00", 1);

        assertThat(db.openTickets.nextWaiting(DAY, "shimin")).hasValue("first");
        assertThat(db.openTickets.of(DAY)).extracting(LiveQueue.Ticket::visitId).containsExactly("first", "second");
    }

    private void walkIn(String visit, String time, int number) {
        db.append(QueueEvent.issued(visit, "shimin", new TicketNumber("A", number), at(time)));
    }

    private static Instant at(String time) {
        return LocalDateTime.of(DAY, LocalTime.parse(time)).atZone(OfficeClock.ZONE).toInstant();
    }
}

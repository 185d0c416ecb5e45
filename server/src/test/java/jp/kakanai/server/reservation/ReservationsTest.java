package jp.kakanai.server.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import jp.kakanai.forms.pack.ReservationSettings;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.QueueProperties;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking and redeeming 来庁予約 on a real database, on a clock the test sets: capacity per department and
 * slot, the documented arrival rule (from 15 minutes before the slot to its end), with the sample town's file (its
 * rules are forms' {@code QueueFilesTest}).
 */
class ReservationsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private Instant now = at(MONDAY, "08:00");
    private final Departments departments = new Departments(new QueueProperties(Map.of(), null, null, null), jp.kakanai.forms.pack.TownPack.sample());
    private final ReservationSettings settings = settings();
    private final TransactionTemplate transactions;
    private final Reservations reservations;

    ReservationsTest() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true)
                .target("224").load().migrate();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        Clock clock = new Clock() {
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
        reservations = new Reservations(new ReservationRepository(JdbcClient.create(dataSource)),
                ReservationSettingsInForce.fixed(settings), departments,
                new OfficeClock(clock));
        reservations.createLocks();
    }

    @Test
    void theSampleFileOffersLifeEventsAndCertificatesAtDepartmentsWithCapacity() {
        assertThat(settings.items()).extracting(ReservationSettings.Item::id).contains("move-in", "death", "certificate");
        assertThat(settings.capacity()).containsEntry("shimin", 3);
        assertThat(settings.slotTimes()).startsWith(LocalTime.of(8, 30), LocalTime.of(9, 0)).endsWith(LocalTime.of(16, 30));
    }

    @Test
    void aSlotTakesAsManyAsTheDepartmentsCapacityAndNoMore() {
        for (int i = 0; i < 3; i++) {
            book("move-in", MONDAY, "10:00");
        }
        assertThatThrownBy(() -> book("certificate", MONDAY, "10:00")).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(409));
        var monday = reservations.slots("move-in").get(0);
        assertThat(monday.date()).isEqualTo(MONDAY);
        assertThat(monday.slots()).contains(new Reservations.SlotView("10:00", 0), new Reservations.SlotView("10:30", 3));
        assertThat(book("move-in", MONDAY, "10:30").status()).isEqualTo("BOOKED");
    }

    @Test
    void closedDaysPastSlotsAndUnknownTimesAreRefusedNamingTheField() {
        assertThat(field(() -> book("move-in", MONDAY.minusDays(1), "10:00"))).as("a Sunday").isEqualTo("date");
        assertThat(field(() -> book("move-in", MONDAY.plusDays(60), "10:00"))).as("beyond 14 days").isEqualTo("date");
        assertThat(field(() -> book("move-in", MONDAY, "10:15"))).isEqualTo("time");
        now = at(MONDAY, "10:05");
        assertThat(field(() -> book("move-in", MONDAY, "10:00"))).as("begun").isEqualTo("time");
        assertThat(field(() -> book("passport", MONDAY, "11:00"))).isEqualTo("item");
        assertThat(reservations.slots("move-in").get(0).slots().get(0).time()).isEqualTo("10:30");
    }

    @Test
    void aReservationIsATicketFromFifteenMinutesBeforeItsSlotToItsEnd() {
        String code = book("death", MONDAY, "10:00").code();
        now = at(MONDAY.minusDays(3), "10:00");
        assertThat(reservations.redeem(code)).isInstanceOf(Redemption.OtherDay.class);
        now = at(MONDAY, "09:44");
        assertThat(reservations.redeem(code)).isInstanceOfSatisfying(Redemption.TooEarly.class,
                early -> assertThat(early.from()).isEqualTo(LocalTime.of(9, 45)));
        now = at(MONDAY, "09:45");
        assertThat(reservations.redeem(code)).isInstanceOf(Redemption.InSlot.class);
        now = at(MONDAY, "10:30");
        assertThat(reservations.redeem(code)).as("the end of the slot still counts").isInstanceOf(Redemption.InSlot.class);
        now = at(MONDAY, "10:31");
        assertThat(reservations.redeem(code)).isInstanceOf(Redemption.Late.class);
        assertThat(reservations.redeem("RSV-0000-0000")).isInstanceOf(Redemption.Unknown.class);
        assertThat(reservations.redeem("not a code")).isInstanceOf(Redemption.Unknown.class);
    }

    @Test
    void aCodeIsForgivingWhenTypedAndCancellingFreesThePlace() {
        String code = book("move-in", MONDAY, "11:00").code();
        assertThat(code).matches("RSV-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(ReservationCode.parse(" " + code.toLowerCase().replace("-", "") + " ")).hasValue(code);
        transactions.executeWithoutResult(s -> reservations.cancel(code.toLowerCase()));
        assertThat(reservations.find(code).status()).isEqualTo("CANCELLED");
        assertThat(reservations.redeem(code)).isInstanceOf(Redemption.Ended.class);
        assertThat(reservations.slots("move-in").get(0).slots()).contains(new Reservations.SlotView("11:00", 3));
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> reservations.cancel(code)))
                .isInstanceOf(ApiProblem.class);
    }

    private Reservations.Booked book(String item, LocalDate day, String time) {
        return transactions.execute(s -> reservations.book(item, day, time));
    }

    private static String field(Runnable booking) {
        try {
            booking.run();
        } catch (ApiProblem e) {
            return e.toError().field();
        }
        throw new AssertionError("not refused");
    }

    private static ReservationSettings settings() {
        return jp.kakanai.forms.pack.TownPack.sample().reservations();
    }

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(OfficeClock.ZONE).toInstant();
    }
}

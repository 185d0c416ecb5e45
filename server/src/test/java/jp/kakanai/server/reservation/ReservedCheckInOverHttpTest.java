package jp.kakanai.server.reservation;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.IdempotencyKey;
import org.junit.jupiter.api.Test;

/**
 * 来庁予約 brought to the card kiosk (issue 18 item 6): the check-in's optional {@code reservation} makes its
 * ticket a reserved one, by the same rule as at the ticket machine, on a day of its own (2021).
 */
class ReservedCheckInOverHttpTest extends ServerHttpTest {
    private static final LocalDate MONDAY = LocalDate.of(2021, 1, 18);
    private static final Map<String, String> DESK = Map.of("counter", "3番窓口");

    @Test
    void aReservationWithinItsSlotIsCalledBeforeAnEarlierWalkInAndIsUsedOnce() {
        try {
            at("08:00");
            String reserved = book("10:30");
            String lapsed = book("10:30");
            at("10:10");
            JsonNode walkIn = json(checkIn(CheckInFixture.moveIn()));
            at("10:16");
            var withReservation = checkIn(CheckInFixture.moveIn().withReservation(reserved));
            assertThat(withReservation.statusCode()).as(withReservation.body()).isEqualTo(201);
            String number = json(withReservation).get("ticketNumber").asText();
            assertThat(json(http().get("/api/board/tickets/" + number)).get("ahead").asInt())
                    .as("ahead of the walk-in who came earlier").isZero();
            assertThat(json(http().get("/api/board/tickets/" + walkIn.get("ticketNumber").asText())).get("ahead").asInt())
                    .isOne();
            assertThat(json(http().get("/api/reservations/" + reserved)).get("status").asText()).isEqualTo("USED");

            int visits = visitsOfTheDay();
            var twice = checkIn(CheckInFixture.moveIn().withReservation(reserved));
            assertThat(twice.statusCode()).isEqualTo(409);
            assertThat(json(twice).get("field").asText()).isEqualTo("reservation");
            assertThat(json(twice).get("error").asText()).isEqualTo("この予約はすでに使われています。 This reservation was already used.");
            assertThat(visitsOfTheDay()).as("nothing stored").isEqualTo(visits);

            JsonNode called = json(http().asClerk().postJson("/api/queue/shimin/call-next", DESK));
            assertThat(called.get("ticketNumber").asText()).isEqualTo(number);

            at("11:01");
            var late = checkIn(CheckInFixture.moveIn().withReservation(lapsed));
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(json(late).get("field").asText()).isEqualTo("reservation");
            assertThat(json(late).get("error").asText()).isEqualTo("予約の時間を過ぎました。予約なしで受付してください。"
                    + " Your reserved time has passed: please check in without the reservation.");
            var unknown = checkIn(CheckInFixture.moveIn().withReservation("RSV-0000-0000"));
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(json(unknown).get("field").asText()).isEqualTo("reservation");
            assertThat(visitsOfTheDay()).as("refusals store nothing").isEqualTo(visits);
            assertThat(json(http().get("/api/reservations/" + lapsed)).get("status").asText()).isEqualTo("BOOKED");

            var withoutIt = checkIn(CheckInFixture.moveIn());
            assertThat(withoutIt.statusCode()).as("the way on: without the reservation").isEqualTo(201);
            JsonNode report = json(http().asManager().get("/api/manager/report?from=" + MONDAY + "&to=" + MONDAY));
            assertThat(report.get("reservedArrivals").asInt()).isOne();
        } finally {
            clock.reset();
        }
    }

    @Test
    void aReservationOfAnotherDepartmentIsRefusedNamingTheField() {
        try {
            at("08:00");
            String certificate = book("13:00", "certificate");
            at("13:05");
            // Booked at 市民課 (certificates) but the procedures chosen start at 保険年金課.
            CheckIn nhi = new CheckIn(CheckInFixture.resident(), "move-in", java.util.List.of("nhi-enroll"))
                    .withReservation(certificate);
            var refused = checkIn(nhi);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(json(refused).get("field").asText()).isEqualTo("reservation");
            assertThat(json(refused).get("error").asText()).isEqualTo("この予約は市民課の予約です。予約なしで受付してください。"
                    + " This reservation is for 市民課: please check in without the reservation.");
            assertThat(json(http().get("/api/reservations/" + certificate)).get("status").asText()).isEqualTo("BOOKED");
        } finally {
            clock.reset();
        }
    }

    private HttpResponse<String> checkIn(CheckIn checkIn) {
        return http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn), IdempotencyKey.HEADER,
                UUID.randomUUID().toString());
    }

    private int visitsOfTheDay() {
        return json(http().asClerk().get("/api/visits?date=" + MONDAY)).size();
    }

    private void at(String time) {
        clock.moveTo(LocalDateTime.of(MONDAY, LocalTime.parse(time)).atZone(OfficeClock.ZONE).toInstant());
    }

    private String book(String time) {
        return book(time, "move-in");
    }

    private String book(String time, String item) {
        return PhoneBooking.book(http(), MONDAY, time, item);
    }

}

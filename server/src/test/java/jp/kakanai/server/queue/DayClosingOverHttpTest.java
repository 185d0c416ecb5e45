package jp.kakanai.server.queue;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real days over real HTTP, on the server's clock moved by the test: a Friday's tickets close at the end of
 * the office day (this context: 24:00), past midnight nothing of Friday can be called, the
 * weekend passes, Monday's first ticket is number 1 again, and Friday's report counts them as open at
 * closing. Days in the past (2021), as the shared server's tests do, so no other class's tickets share them.
 */
class DayClosingOverHttpTest extends ServerHttpTest {
    private static final LocalDate FRIDAY = LocalDate.of(2021, 1, 8);
    private static final LocalDate MONDAY = FRIDAY.plusDays(3);
    private static final Map<String, String> DESK = Map.of("counter", "4番窓口");

    @Autowired
    private OfficeDay officeDay;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void fridaysOpenTicketsCloseAtClosingTimeAndMondayStartsAfresh() {
        Instant closing = officeDay.hours().dayEndsOn(FRIDAY);
        clock.moveTo(closing.minus(Duration.ofMinutes(25)));
        JsonNode missed = checkIn();
        JsonNode waiting = checkIn();
        assertThat(missed.get("ticketNumber").asText()).as("the day's first 学務課 ticket").isEqualTo("E-001");
        JsonNode called = json(http().asClerk().postJson("/api/queue/gakumu/call-next", DESK));
        assertThat(called.get("visitId").asText()).isEqualTo(missed.get("visitId").asText());
        assertThat(step(missed, "no-show")).isEqualTo(200);
        assertThat(gakumuOnTheBoard().get("waiting").asInt()).isOne();

        clock.moveTo(closing.plus(Duration.ofMinutes(1)));
        assertThat(gakumuOnTheBoard().get("waiting").asInt()).as("the first call after closing closed them").isZero();
        assertThat(gakumuOnTheBoard().get("called")).isEmpty();
        assertThat(http().get("/api/board/tickets/" + waiting.get("ticketNumber").asText()).statusCode()).isEqualTo(404);
        assertThat(step(missed, "recall")).as("nothing of a closed day can be called").isEqualTo(409);

        clock.moveTo(instant(MONDAY.atTime(8, 40)));
        JsonNode monday = checkIn();
        assertThat(monday.get("ticketNumber").asText()).as("numbers restart every office day").isEqualTo("E-001");
        assertThat(json(http().asClerk().postJson("/api/queue/gakumu/call-next", DESK)).get("visitId").asText())
                .isEqualTo(monday.get("visitId").asText());
        assertThat(http().asClerk().postJson("/api/queue/gakumu/call-next", DESK).statusCode())
                .as("Friday's tickets are not waiting on Monday").isEqualTo(204);
        assertThat(step(monday, "close")).isEqualTo(204);

        JsonNode friday = json(http().asManager().get("/api/manager/report?from=" + FRIDAY + "&to=" + FRIDAY));
        assertThat(friday.get("arrivals").asInt()).isEqualTo(2);
        assertThat(friday.get("closedAtDayEnd").asInt()).isEqualTo(2);
        assertThat(friday.get("abandoned").asInt()).as("the one never called").isOne();
        assertThat(friday.get("noShowsGone").asInt()).as("the one called and missed").isOne();
        assertThat(friday.get("visitTime").get("maxSeconds").asInt()).as("closed at closing time, not on Monday")
                .isBetween(24 * 60, 26 * 60);
    }

    @Test
    void aTicketOfThePreviousEveningIsNotCalledAfterMidnight() {
        clock.moveTo(instant(FRIDAY.minusDays(1).atTime(23, 50)));
        JsonNode late = checkIn();
        clock.moveTo(instant(FRIDAY.atTime(0, 5)));
        assertThat(http().asClerk().postJson("/api/queue/gakumu/call-next", DESK).statusCode()).isEqualTo(204);
        assertThat(step(late, "recall")).isEqualTo(409);
    }

    private int step(JsonNode receipt, String action) {
        return http().asClerk().postJson("/api/queue/visits/" + receipt.get("visitId").asText() + "/" + action, DESK)
                .statusCode();
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(OfficeClock.ZONE).toInstant();
    }

    private JsonNode gakumuOnTheBoard() {
        for (JsonNode department : json(http().get("/api/board"))) {
            if (department.get("department").asText().equals("gakumu")) {
                return department;
            }
        }
        throw new AssertionError("no gakumu on the board");
    }

    private JsonNode checkIn() {
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(
                new CheckIn(CheckInFixture.resident(), "move-in", List.of("school-transfer"))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }
}

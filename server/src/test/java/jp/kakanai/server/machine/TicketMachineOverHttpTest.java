package jp.kakanai.server.machine;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.IdempotencyKey;
import org.junit.jupiter.api.Test;

/** The ticket machine over real HTTP: a ticket for a purpose, no card, no personal data, in the queue like any. */
class TicketMachineOverHttpTest extends ServerHttpTest {
    private static final Map<String, String> DESK = Map.of("counter", "7番窓口");

    @Test
    void theButtonsComeFromTheTownsDataInJapaneseAndEnglish() {
        var response = http().get("/api/tickets/purposes");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).findValuesAsText("id")).containsExactly("consultation", "certificate", "other");
        assertThat(json(response).get(1).get("name").get("ja").asText()).isEqualTo("証明書");
        assertThat(json(response).get(1).get("name").get("en").asText()).isEqualTo("Certificates");
    }

    @Test
    void aTicketForAPurposeJoinsItsDepartmentsQueueAndIsServedLikeAnyOther() {
        var issued = issue("consultation", UUID.randomUUID().toString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode ticket = json(issued);
        String number = ticket.get("ticketNumber").asText();
        assertThat(number).matches("A-\\d{3,}");
        assertThat(ticket.get("departmentName").asText()).isEqualTo("市民課");
        assertThat(ticket.get("purposeName").get("ja").asText()).isEqualTo("相談");
        assertThat(ticket.get("statusUrl").asText()).isEqualTo(PUBLIC_URL + "/board/ticket.html?t=" + number);
        assertThat(ticket.get("waitingAhead").asInt()).isGreaterThanOrEqualTo(0);

        JsonNode status = json(http().get("/api/board/tickets/" + number));
        assertThat(status.get("status").asText()).isEqualTo("WAITING");
        assertThat(status.get("ahead").asInt()).isEqualTo(ticket.get("waitingAhead").asInt());

        String visit = todaysTickets().stream().filter(t -> t.get("ticketNumber").asText().equals(number))
                .findFirst().orElseThrow().get("visitId").asText();
        HttpFixture clerk = http().asClerk();
        assertThat(clerk.postJson("/api/queue/visits/" + visit + "/start", DESK).statusCode()).isEqualTo(200);
        assertThat(clerk.postJson("/api/queue/visits/" + visit + "/finish", DESK).statusCode())
                .as("no checklist: the service ends the visit").isEqualTo(204);
        assertThat(http().get("/api/board/tickets/" + number).statusCode()).isEqualTo(404);
    }

    @Test
    void theSameKeyAgainGivesTheSameTicketNeverASecondNumber() {
        String key = UUID.randomUUID().toString();
        var first = issue("certificate", key);
        var again = issue("certificate", key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(again).get("ticketNumber")).isEqualTo(json(first).get("ticketNumber"));

        var otherPurpose = issue("other", key);
        assertThat(otherPurpose.statusCode()).isEqualTo(422);
        assertThat(json(otherPurpose).get("field").asText()).isEqualTo(IdempotencyKey.HEADER);
    }

    @Test
    void twoRequestsWithOneKeyAtOnceGetOneTicket() {
        String key = UUID.randomUUID().toString();
        String body = "{\"purpose\": \"certificate\"}";
        var a = http().asKiosk().postJsonAsync("/api/tickets", body, IdempotencyKey.HEADER, key);
        var b = http().asKiosk().postJsonAsync("/api/tickets", body, IdempotencyKey.HEADER, key);
        CompletableFuture.allOf(a, b).join();
        assertThat(List.of(a.join().statusCode(), b.join().statusCode())).containsExactlyInAnyOrder(201, 200);
        assertThat(json(a.join()).get("ticketNumber")).isEqualTo(json(b.join()).get("ticketNumber"));
        assertThat(todaysTickets().stream().filter(t -> t.get("ticketNumber").equals(json(a.join()).get("ticketNumber"))))
                .hasSize(1);
    }

    @Test
    void badRequestsNameTheFieldAndOnlyKiosksIssue() {
        var unknown = issue("passport", UUID.randomUUID().toString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("field").asText()).isEqualTo("purpose");
        var empty = http().asKiosk().postJson("/api/tickets", "{}");
        assertThat(json(empty).get("field").asText()).isEqualTo("purpose");
        assertThat(http().asClerk().postJson("/api/tickets", "{\"purpose\": \"other\"}").statusCode()).isEqualTo(403);
        assertThat(http().postJson("/api/tickets", "{\"purpose\": \"other\"}").statusCode()).isEqualTo(401);
        assertThat(http().asKiosk().get("/api/tickets").statusCode()).as("the list is the clerks'").isEqualTo(403);
    }

    /**
     * 来庁予約 at the machine, on a day of its own (2021): a code shown before its window is refused with the
     * time to come back; within it, a reserved ticket that is called before the walk-in who came earlier;
     * shown again, the same ticket; a lapsed one is refused.
     */
    @Test
    void aReservationShownWithinItsSlotIsATicketCalledBeforeEarlierWalkIns() {
        java.time.LocalDate monday = java.time.LocalDate.of(2021, 1, 11);
        try {
            at(monday, "08:00");
            String reserved = jp.kakanai.server.reservation.PhoneBooking.book(http(), monday, "10:00", "move-in");
            String lapsed = jp.kakanai.server.reservation.PhoneBooking.book(http(), monday, "10:00", "move-in");
            at(monday, "09:40");
            JsonNode walkIn = json(issue("consultation", UUID.randomUUID().toString()));
            at(monday, "09:44");
            var early = issueReserved(reserved);
            assertThat(early.statusCode()).isEqualTo(409);
            assertThat(json(early).get("error").asText()).startsWith("9:45からお受けします");
            at(monday, "09:46");
            var ticket = issueReserved(reserved.toLowerCase());
            assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
            assertThat(json(ticket).get("reserved").asBoolean()).isTrue();
            assertThat(json(ticket).get("waitingAhead").asInt()).as("before the walk-in").isZero();
            assertThat(json(http().get("/api/board/tickets/" + walkIn.get("ticketNumber").asText())).get("ahead").asInt())
                    .isOne();
            var again = issueReserved(reserved);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json(again).get("ticketNumber")).isEqualTo(json(ticket).get("ticketNumber"));

            JsonNode called = json(http().asClerk().postJson("/api/queue/shimin/call-next", DESK));
            assertThat(called.get("ticketNumber")).isEqualTo(json(ticket).get("ticketNumber"));
            at(monday, "10:31");
            assertThat(json(issueReserved(lapsed)).get("error").asText()).startsWith("予約の時間を過ぎました");
            assertThat(json(http().get("/api/reservations/" + reserved)).get("status").asText()).isEqualTo("USED");
            JsonNode report = json(http().asManager().get("/api/manager/report?from=" + monday + "&to=" + monday));
            assertThat(report.get("reservedArrivals").asInt()).isOne();
        } finally {
            clock.reset();
        }
    }

    private void at(java.time.LocalDate day, String time) {
        clock.moveTo(java.time.LocalDateTime.of(day, java.time.LocalTime.parse(time))
                .atZone(jp.kakanai.server.OfficeClock.ZONE).toInstant());
    }

    private java.net.http.HttpResponse<String> issueReserved(String code) {
        return http().asKiosk().postJson("/api/tickets", "{\"reservation\": \"" + code + "\"}", IdempotencyKey.HEADER,
                UUID.randomUUID().toString());
    }

    private List<JsonNode> todaysTickets() {
        var list = http().asClerk().get("/api/tickets");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<JsonNode> tickets = new java.util.ArrayList<>();
        json(list).elements().forEachRemaining(tickets::add);
        return tickets;
    }

    private java.net.http.HttpResponse<String> issue(String purpose, String key) {
        return http().asKiosk().postJson("/api/tickets", "{\"purpose\": \"" + purpose + "\"}", IdempotencyKey.HEADER, key);
    }
}

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

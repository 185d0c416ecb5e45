package jp.kakanai.server.kiosk;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.StreamSupport;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;

/** A kiosk's dead end still gives a ticket to the staff desk: over real HTTP, with the kiosk's token. */
class KioskHelpOverHttpTest extends ServerHttpTest {

    @Test
    void aKioskGetsATicketAtTheHelpDeskAndTheClerksListSaysWhy() {
        String id = UUID.randomUUID().toString();

        HttpResponse<String> first = http().asKiosk().sendJson("PUT", "/api/kiosk/help-requests/" + id,
                "{\"reason\":\"one-try-left\"}");

        assertThat(first.statusCode()).isEqualTo(201);
        String ticket = json(first).get("ticketNumber").asText();
        assertThat(ticket).matches("A-\\d{3}");
        assertThat(json(first).get("statusUrl").asText()).isEqualTo(PUBLIC_URL + "/board/ticket.html?t=" + ticket);
        JsonNode listed = StreamSupport.stream(json(http().asClerk().get("/api/kiosk/help-requests")).spliterator(), false)
                .filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
        assertThat(listed.get("ticketNumber").asText()).isEqualTo(ticket);
        assertThat(listed.get("reasonText").asText()).isEqualTo("暗証番号の残り回数が1回（ロックを防ぐため入力を止めた）");
        assertThat(listed.get("departmentName").asText()).isEqualTo("市民課");
        assertThat(StreamSupport.stream(json(http().asClerk().get("/api/queue")).spliterator(), false)
                .filter(t -> t.get("visitId").asText().equals(id)).findFirst()).as("waiting in the queue")
                .hasValueSatisfying(t -> {
                    assertThat(t.get("ticketNumber").asText()).isEqualTo(ticket);
                    assertThat(t.get("status").asText()).isEqualTo("WAITING");
                });
    }

    @Test
    void theSameRequestAgainGetsTheSameTicket() {
        String id = UUID.randomUUID().toString();
        String ticket = json(http().asKiosk().sendJson("PUT", "/api/kiosk/help-requests/" + id, "{\"reason\":\"pin-locked\"}"))
                .get("ticketNumber").asText();

        HttpResponse<String> again = http().asKiosk().sendJson("PUT", "/api/kiosk/help-requests/" + id,
                "{\"reason\":\"pin-locked\"}");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("ticketNumber").asText()).isEqualTo(ticket);
    }

    @Test
    void anUnknownReasonOrABadIdIsRefusedNamingTheField() {
        HttpResponse<String> reason = http().asKiosk().sendJson("PUT", "/api/kiosk/help-requests/" + UUID.randomUUID(),
                "{\"reason\":\"bored\"}");
        HttpResponse<String> id = http().asKiosk().sendJson("PUT", "/api/kiosk/help-requests/x", "{\"reason\":\"no-card\"}");

        assertThat(reason.statusCode()).isEqualTo(400);
        assertThat(json(reason).get("field").asText()).isEqualTo("reason");
        assertThat(id.statusCode()).isEqualTo(400);
        assertThat(json(id).get("field").asText()).isEqualTo("id");
    }

    @Test
    void onlyKiosksAskAndOnlyStaffSeeTheList() {
        assertThat(http().asClerk().sendJson("PUT", "/api/kiosk/help-requests/" + UUID.randomUUID(),
                "{\"reason\":\"no-card\"}").statusCode()).isEqualTo(403);
        assertThat(http().asKiosk().get("/api/kiosk/help-requests").statusCode()).isEqualTo(403);
        assertThat(http().get("/api/kiosk/help-requests").statusCode()).isEqualTo(401);
    }
}

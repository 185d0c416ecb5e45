package jp.kakanai.server.queue;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;

/** The resident's own view of their ticket (the phone page behind the QR on the printed ticket). */
class TicketStatusOverHttpTest extends ServerHttpTest {

    @Test
    void showsHowManyWaitAheadAndTheCounterOnceCalled() {
        // Relative figures only: other tests share this server and may queue at the same department.
        String first = ticketOf(checkIn());
        String second = ticketOf(checkIn());
        JsonNode before = status(second);
        assertThat(before.get("status").asText()).isEqualTo("WAITING");
        assertThat(before.get("departmentName").asText()).isNotBlank();
        assertThat(before.get("ahead").asInt()).isEqualTo(status(first).get("ahead").asInt() + 1);

        String department = before.get("department").asText();
        for (int calls = 0; !status(first).get("status").asText().equals("CALLED"); calls++) {
            // Other test classes share this server and queue at the same department: a bound, not a count.
            assertThat(calls).as("the first ticket is called before the queue runs dry").isLessThan(1000);
            assertThat(http().asClerk().postJson("/api/queue/" + department + "/call-next",
                    Map.of("counter", "3番窓口")).statusCode()).isEqualTo(200);
        }

        assertThat(status(first).get("counter").asText()).isEqualTo("3番窓口");
        // Calling is in arrival order: everyone before the first ticket went first, so nobody is ahead now.
        assertThat(status(second).get("status").asText()).isEqualTo("WAITING");
        assertThat(status(second).get("ahead").asInt()).isZero();
        assertThat(status(first).toString()).doesNotContain(CheckInFixture.resident().name());
    }

    @Test
    void unknownTicketIsNotFoundWithAPlainMessage() {
        var response = http().get("/api/board/tickets/Z-999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).contains("Z-999");
    }

    private JsonNode status(String ticket) {
        var response = http().get("/api/board/tickets/" + ticket);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static String ticketOf(JsonNode receipt) {
        return receipt.get("ticketNumber").asText();
    }

    private JsonNode checkIn() {
        CheckIn checkIn = new CheckIn(CheckInFixture.resident(), "move-in", List.of("seal-registration"));
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }
}

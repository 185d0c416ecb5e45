package jp.kakanai.server.visit;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;

class CheckInOverHttpTest extends ServerHttpTest {

    @Test
    void kioskChecksInAndStaffSeesTheVisitAmongToday() {
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode receipt = json(created);
        String visitId = receipt.get("visitId").asText();
        assertThat(visitId).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(receipt.get("ticketNumber").asText()).matches("A-\\d{3}");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(visitId));

        JsonNode visit = json(http().asClerk().get("/api/visits/" + visitId));
        assertThat(visit.at("/resident/name").asText()).isEqualTo("書可 内子");
        assertThat(visit.at("/resident/birthDate").asText()).isEqualTo("1989-01-08");
        assertThat(visit.at("/resident/sex").asText()).isEqualTo("2");
        assertThat(visit.get("kioskId").asText()).isEqualTo("demo-kiosk");
        assertThat(visit.get("procedures")).extracting(JsonNode::asText)
                .containsExactly("resident-move-in", "juminhyo-request");
        OffsetDateTime checkedInAt = OffsetDateTime.parse(visit.get("checkedInAt").asText());
        assertThat(checkedInAt.getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
        assertThat(LocalDate.parse(visit.get("visitDate").asText())).isEqualTo(LocalDate.now(ZoneId.of("Asia/Tokyo")));

        JsonNode today = json(http().asClerk().get("/api/visits"));
        assertThat(today.findValuesAsText("id")).contains(visitId);
    }

    @Test
    void ticketNumbersCountUpWithinTheDay() {
        int first = ticketOf(http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson()).body());
        int second = ticketOf(http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson()).body());
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void anotherDayHasNoneOfTodaysVisits() {
        http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson());
        var response = http().asClerk().get("/api/visits?date=2001-02-03");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).size()).isZero();
    }

    @Test
    void unknownVisitIsNotFoundAsJson() {
        var response = http().asClerk().get("/api/visits/00000000-0000-4000-8000-000000000000");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).contains("00000000-0000-4000-8000-000000000000");
    }

    private static int ticketOf(String receiptJson) {
        return Integer.parseInt(receiptJson.replaceAll(".*\"ticketNumber\":\"A-(\\d+)\".*", "$1"));
    }
}

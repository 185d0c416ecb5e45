package jp.kakanai.server.kiosk;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.account.StaffAccountFixture;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;

/** The same resident at a kiosk twice the same day, over real HTTP: found, added to, listed for the clerks. */
class KioskRepeatVisitOverHttpTest extends ServerHttpTest {
    private static final BasicFourInfo RESIDENT =
            new BasicFourInfo("二度 来子", "東京都千代田区霞が関一丁目1番1号", LocalDate.of(1975, 3, 3), Sex.FEMALE);

    @Test
    void theKioskFindsTheResidentsEarlierVisitAndAddsTheNewProceduresToIt() {
        JsonNode first = json(http().asKiosk().postJson("/api/visits",
                CheckInFixture.json(new CheckIn(RESIDENT, "move-in", List.of("resident-move-in")))));
        String visitId = first.get("visitId").asText();

        JsonNode earlier = json(http().asKiosk().postJson("/api/kiosk/earlier-visits",
                "{\"name\":\"二度 来子\",\"birthDate\":\"1975-03-03\"}"));

        assertThat(earlier).singleElement().satisfies(v -> {
            assertThat(v.get("visitId").asText()).isEqualTo(visitId);
            assertThat(v.get("ticketNumber").asText()).isEqualTo(first.get("ticketNumber").asText());
            assertThat(v.get("lifeEvent").asText()).isEqualTo("move-in");
            assertThat(v.has("resident")).as("nothing of the visit's data").isFalse();
        });
        String additionId = UUID.randomUUID().toString();
        String addition = "{\"name\":\"二度 来子\",\"birthDate\":\"1975-03-03\",\"lifeEvent\":\"marriage\","
                + "\"procedures\":[\"marriage-registration\",\"resident-move-in\"]}";
        JsonNode added = json(http().asKiosk().sendJson("PUT", "/api/kiosk/visits/" + visitId + "/additions/" + additionId,
                addition));

        assertThat(added.get("ticketNumber").asText()).isEqualTo(first.get("ticketNumber").asText());
        assertThat(added.get("added")).extracting(JsonNode::asText).containsExactly("marriage-registration");
        JsonNode checklist = json(http().asClerk().get("/api/visits/" + visitId + "/checklist"));
        assertThat(checklist.toString()).contains("marriage-registration", "受付機で追加");
        assertThat(json(http().asClerk().get("/api/visits/" + visitId)).get("procedures")).extracting(JsonNode::asText)
                .containsExactly("resident-move-in", "marriage-registration");
        JsonNode again = json(http().asKiosk().sendJson("PUT", "/api/kiosk/visits/" + visitId + "/additions/" + additionId,
                addition));
        assertThat(again.get("added")).as("a retry adds nothing twice").extracting(JsonNode::asText)
                .containsExactly("marriage-registration");
        JsonNode listed = StreamSupport.stream(json(http().asClerk().get("/api/kiosk/visit-additions")).spliterator(), false)
                .filter(a -> a.get("visitId").asText().equals(visitId)).toList().get(0);
        assertThat(listed.get("lifeEvent").asText()).isEqualTo("marriage");
        assertThat(listed.get("procedures")).extracting(JsonNode::asText).containsExactly("marriage-registration");
        var norin = StaffAccountFixture.signedInAs(http(), "norin-additions", List.of("CLERK"), List.of("norin"));
        assertThat(norin.get("/api/visits/" + visitId).statusCode()).as("no 農林課 procedure").isEqualTo(404);
        assertThat(norin.get("/api/kiosk/visit-additions").body()).doesNotContain(visitId);
    }

    @Test
    void theClerksListLearnsWhichVisitIsTheSameResidentsSecondOfTheDay() {
        BasicFourInfo twice = new BasicFourInfo("三度 目子", "東京都千代田区霞が関一丁目1番1号", LocalDate.of(1966, 6, 6), Sex.FEMALE);
        JsonNode first = json(http().asKiosk().postJson("/api/visits",
                CheckInFixture.json(new CheckIn(twice, "move-in", List.of("resident-move-in")))));
        JsonNode second = json(http().asKiosk().postJson("/api/visits",
                CheckInFixture.json(new CheckIn(twice, "marriage", List.of("marriage-registration")))));

        JsonNode repeats = json(http().asClerk().get("/api/kiosk/repeat-visits"));

        assertThat(StreamSupport.stream(repeats.spliterator(), false)
                .filter(r -> r.get("visitId").asText().equals(second.get("visitId").asText())).toList())
                .singleElement().satisfies(r -> {
                    assertThat(r.get("firstVisitId").asText()).isEqualTo(first.get("visitId").asText());
                    assertThat(r.get("firstTicketNumber").asText()).isEqualTo(first.get("ticketNumber").asText());
                });
        assertThat(repeats.toString()).doesNotContain(first.get("visitId").asText() + "\",\"firstVisitId");

        // 農林課's clerk has no part in either visit (death only): its list names neither, as its list of visits.
        var norin = StaffAccountFixture.signedInAs(http(), "norin-repeats", List.of("CLERK"), List.of("norin"));
        assertThat(norin.get("/api/visits/" + second.get("visitId").asText()).statusCode()).isEqualTo(404);
        assertThat(norin.get("/api/kiosk/repeat-visits").body()).doesNotContain(second.get("visitId").asText());
    }

    @Test
    void anotherResidentsVisitCannotBeAddedTo() {
        String visitId = json(http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson())).get("visitId").asText();

        HttpResponse<String> answer = http().asKiosk().sendJson("PUT", "/api/kiosk/visits/" + visitId + "/additions/"
                + UUID.randomUUID(), "{\"name\":\"二度 来子\",\"birthDate\":\"1975-03-03\",\"lifeEvent\":\"marriage\","
                + "\"procedures\":[\"marriage-registration\"]}");

        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThat(json(http().asKiosk().postJson("/api/kiosk/earlier-visits", "{\"name\":\"a\",\"birthDate\":\"1975-02-30\"}"))
                .get("field").asText()).isEqualTo("birthDate");
        assertThat(json(http().asKiosk().postJson("/api/kiosk/earlier-visits", "{\"birthDate\":\"1975-02-03\"}"))
                .get("field").asText()).isEqualTo("name");
        HttpResponse<String> event = http().asKiosk().sendJson("PUT", "/api/kiosk/visits/x/additions/" + UUID.randomUUID(),
                "{\"name\":\"a\",\"birthDate\":\"1975-02-03\",\"lifeEvent\":\"party\"}");
        assertThat(event.statusCode()).isEqualTo(400);
        assertThat(json(event).get("field").asText()).isEqualTo("lifeEvent");
        assertThat(http().asClerk().postJson("/api/kiosk/earlier-visits", "{\"name\":\"a\",\"birthDate\":\"1975-02-03\"}")
                .statusCode()).as("kiosks only").isEqualTo(403);
    }
}

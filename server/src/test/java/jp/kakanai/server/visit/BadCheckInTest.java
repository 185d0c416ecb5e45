package jp.kakanai.server.visit;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx JSON answer naming the field, never a 500 or a stack trace. */
class BadCheckInTest extends ServerHttpTest {
    private static final String VALID = CheckInFixture.moveInJson();

    @Test
    void malformedJsonIsRefused() {
        assertRefused(post("{\"resident\": {\"name\": \"書可\""), 400, null);
    }

    @Test
    void emptyBodyIsRefused() {
        HttpResponse<String> response = post("");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isNotBlank();
    }

    @Test
    void missingNameIsNamed() {
        assertRefused(post(VALID.replace("\"name\":\"書可 内子\",", "")), 400, "resident.name");
    }

    @Test
    void nullAddressIsNamed() {
        assertRefused(post(VALID.replace("\"東京都千代田区霞が関二丁目1番2号\"", "null")), 400, "resident.address");
    }

    @Test
    void missingResidentIsNamed() {
        assertRefused(post("{\"lifeEvent\":\"move-in\",\"procedures\":[]}"), 400, "resident");
    }

    @Test
    void blankNameIsNamed() {
        assertRefused(post(VALID.replace("書可 内子", "   ")), 400, "resident.name");
    }

    @Test
    void oversizedNameIsNamed() {
        assertRefused(post(VALID.replace("書可 内子", "書".repeat(CheckInRules.MAX_TEXT + 1))), 400, "resident.name");
    }

    @Test
    void oversizedAddressIsNamed() {
        assertRefused(post(VALID.replace("霞が関", "霞".repeat(CheckInRules.MAX_TEXT))), 400, "resident.address");
    }

    @Test
    void impossibleDateIsNamed() {
        JsonNode error = assertRefused(post(VALID.replace("1989-01-08", "2023-02-30")), 400, "resident.birthDate");
        assertThat(error.get("error").asText()).contains("date");
    }

    @Test
    void futureBirthDateIsNamed() {
        assertRefused(post(VALID.replace("1989-01-08", "2999-01-01")), 400, "resident.birthDate");
    }

    @Test
    void unknownSexCodeIsNamed() {
        assertRefused(post(VALID.replace("\"sex\":\"2\"", "\"sex\":\"7\"")), 400, "resident.sex");
    }

    @Test
    void unknownFieldIsNamed() {
        assertRefused(post(VALID.replace("\"lifeEvent\"", "\"lifeEvnt\":\"x\",\"lifeEvent\"")), 400, "lifeEvnt");
    }

    @Test
    void unknownLifeEventIsNamed() {
        assertRefused(post(VALID.replace("move-in", "holiday")), 400, "lifeEvent");
    }

    @Test
    void tooManyProceduresAreRefused() {
        List<String> many = Collections.nCopies(CheckInRules.MAX_PROCEDURES + 1, "x").stream()
                .map(x -> "p" + Math.random()).map(s -> s.replace(".", "")).toList();
        CheckIn checkIn = new CheckIn(CheckInFixture.resident(), "move-in", many);
        assertRefused(post(CheckInFixture.json(checkIn)), 400, "procedures");
    }

    @Test
    void malformedProcedureIdIsNamedWithItsIndex() {
        CheckIn checkIn = new CheckIn(CheckInFixture.resident(), "move-in", List.of("juminhyo-request", "<script>"));
        assertRefused(post(CheckInFixture.json(checkIn)), 400, "procedures[1]");
    }

    @Test
    void wrongTypeIsNamed() {
        assertRefused(post(VALID.replace("\"procedures\":[", "\"procedures\":{\"a\":[").replace("]}", "]}}")),
                400, "procedures");
    }

    @Test
    void plainTextBodyIsRefused() {
        var response = http().asKiosk().withAuthorization("Bearer kakanai-demo-kiosk-token")
                .postJson("/api/visits", "name=x");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void impossibleDayInTheListIsNamed() {
        assertRefused(http().asClerk().get("/api/visits?date=2023-02-30"), 400, "date");
    }

    private HttpResponse<String> post(String json) {
        return http().asKiosk().postJson("/api/visits", json);
    }

    private static JsonNode assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = json(response);
        assertThat(error.get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        if (field != null) {
            assertThat(error.get("field")).as(response.body()).isNotNull();
            assertThat(error.get("field").asText()).isEqualTo(field);
        }
        return error;
    }
}

package jp.kakanai.server.api;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No input gives a 500 (issue 14 §3): duplicate keys, deep nesting, wrong JSON types, lone surrogates,
 * bidirectional controls and invisible names are 400 naming the field; limits count characters as people do
 * (code points), and the columns hold what the limits let through. The log never repeats what was sent.
 */
@ExtendWith(OutputCaptureExtension.class)
class StrictJsonOverHttpTest extends ServerHttpTest {
    private static final String NAME = "\"name\": \"厳格 検査子\"";
    private static final String ADDRESS = "\"address\": \"東京都千代田区永田町一丁目7番1号\"";
    private static final String BIRTH = "\"birthDate\": \"1961-04-12\"";
    private static final String SEX = "\"sex\": \"2\"";

    @Test
    void aKeyTwiceInOneObjectIsRefusedNamingIt() {
        var answer = checkIn("{\"resident\": {" + NAME + ", " + ADDRESS + ", " + BIRTH + ", " + SEX + "},"
                + " \"lifeEvent\": \"move-in\", \"lifeEvent\": \"death\", \"procedures\": []}");
        assertRefused(answer, "lifeEvent");
        var nested = checkIn(body(NAME + ", " + NAME + ", " + ADDRESS + ", " + BIRTH + ", " + SEX));
        assertRefused(nested, "resident.name");
    }

    @Test
    void nestingBeyondTheLimitIsRefusedEvenInAnUnknownFieldOfAPublicEndpoint() {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        HttpFixture phone = http().withXsrfToken();
        for (String path : new String[] {"/api/home-qr", "/api/home-qr/questions"}) {
            var answer = phone.postJson(path, "{\"unknown\": " + deep + "}");
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
            assertThat(json(answer).get("error").asText()).contains("deeper");
        }
        assertThat(checkIn("{\"resident\": " + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void wrongTypesAreRefusedNamingTheFieldNotCoerced() {
        assertRefused(checkIn(body(NAME + ", " + ADDRESS + ", \"birthDate\": 123, " + SEX)), "resident.birthDate");
        assertRefused(checkIn(body("\"name\": 123, " + ADDRESS + ", " + BIRTH + ", " + SEX)), "resident.name");
        assertRefused(checkIn(body("\"name\": true, " + ADDRESS + ", " + BIRTH + ", " + SEX)), "resident.name");
        assertRefused(checkIn(body(NAME + ", " + ADDRESS + ", " + BIRTH + ", \"sex\": 2")), "resident.sex");
        assertRefused(checkIn("{\"resident\": {" + NAME + ", " + ADDRESS + ", " + BIRTH + ", " + SEX + "},"
                + " \"lifeEvent\": \"move-in\", \"procedures\": \"resident-move-in\"}"), "procedures");
    }

    @Test
    void loneSurrogatesBidiControlsAndInvisibleNamesAreRefusedNamingTheField() {
        assertRefused(checkIn(body("\"name\": \"厳格\\ud800\", " + ADDRESS + ", " + BIRTH + ", " + SEX)), "resident.name");
        assertRefused(checkIn(body(NAME + ", \"address\": \"東京都\u202e1-2-3\", " + BIRTH + ", " + SEX)),
                "resident.address");
        assertRefused(checkIn(body(NAME + ", \"address\": \"東京都\\u2067千代田区\", " + BIRTH + ", " + SEX)),
                "resident.address");
        assertRefused(checkIn(body("\"name\": \"\u3000\u200b\u3164\", " + ADDRESS + ", " + BIRTH + ", " + SEX)),
                "resident.name");
    }

    @Test
    void limitsCountCodePointsAndTheColumnsHoldThem() {
        String address = "東京都" + "𠮷".repeat(150);
        String name = "𠮷".repeat(200);
        var accepted = checkIn(body("\"name\": \"" + name + "\", \"address\": \"" + address + "\", " + BIRTH + ", " + SEX));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        var stored = json(http().asClerk().get("/api/visits/" + json(accepted).get("visitId").asText()));
        assertThat(stored.at("/resident/address").asText()).isEqualTo(address);
        assertThat(stored.at("/resident/name").asText()).isEqualTo(name);

        assertRefused(checkIn(body("\"name\": \"" + name + "𠮷\", " + ADDRESS + ", " + BIRTH + ", " + SEX)), "resident.name");
    }

    @Test
    void refusalsLeaveNoRequestValueInTheLog(CapturedOutput output) {
        String secretName = "漏洩 禁止子";
        String secretAddress = "秘密県隠町一丁目2番3号";
        checkIn(body("\"name\": \"" + secretName + "\u202e\", \"address\": \"" + secretAddress + "\", " + BIRTH
                + ", " + SEX));
        checkIn(body("\"name\": \"" + secretName + "\", \"address\": \"" + secretAddress + "𠮷".repeat(300) + "\", "
                + BIRTH + ", " + SEX));
        checkIn(body("\"name\": \"" + secretName + "\", \"name\": \"" + secretName + "\", \"address\": \""
                + secretAddress + "\", " + BIRTH + ", " + SEX));
        checkIn(body("\"name\": \"" + secretName + "\", \"address\": \"" + secretAddress + "\", \"birthDate\": \"1961-02-30\", "
                + SEX));

        assertThat(output.getAll()).doesNotContain(secretName, secretAddress);
    }

    private static String body(String resident) {
        return "{\"resident\": {" + resident + "}, \"lifeEvent\": \"move-in\", \"procedures\": [\"resident-move-in\"]}";
    }

    private HttpResponse<String> checkIn(String body) {
        return http().asKiosk().postJson("/api/visits", body);
    }

    private static void assertRefused(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(json(answer).path("field").asText()).as(answer.body()).isEqualTo(field);
    }
}

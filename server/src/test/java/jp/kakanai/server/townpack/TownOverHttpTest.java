package jp.kakanai.server.townpack;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;

/** The town pack's names and screen texts, one source per text, for every screen. */
class TownOverHttpTest extends ServerHttpTest {

    @Test
    void anyoneReadsTheLanguagesLifeEventsAndDepartmentsOfThePackInForce() {
        var response = http().get("/api/town");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode town = json(response);

        assertThat(town.get("hash").asText()).hasSize(64);
        assertThat(town.get("languages").findValuesAsText("id")).containsExactly("ja", "easy", "en", "zh", "ko", "vi", "pt");
        JsonNode moveIn = town.get("lifeEvents").get(0);
        assertThat(moveIn.get("id").asText()).isEqualTo("move-in");
        assertThat(moveIn.get("name").get("ja").asText()).isEqualTo("転入");
        assertThat(moveIn.get("choice").get("vi").asText()).isEqualTo("Tôi chuyển đến đây");
        assertThat(moveIn.get("move").asText()).isEqualTo("in");
        assertThat(town.get("lifeEvents").findValuesAsText("id")).contains("death", "marriage");
        // The name the forms, the checklist and the kiosk print is the one of departments.json.
        assertThat(town.get("departments").get(3).get("name").get("ja").asText()).isEqualTo("こども家庭課");
    }

    @Test
    void aScreensTextsComeWithTheNamesThatHaveTheirOwnFile() {
        JsonNode kiosk = json(http().get("/api/town/messages/kiosk/ko"));
        assertThat(kiosk.get("messages").get("ok").asText()).isEqualTo("확인");
        assertThat(kiosk.get("messages").get("lifeEvent.death.choice").asText()).isEqualTo("가족이 돌아가심");
        assertThat(kiosk.get("messages").get("department.kodomo.name").asText()).isEqualTo("아동가정과");

        JsonNode staff = json(http().get("/api/town/messages/staff/ja"));
        assertThat(staff.get("messages").get("status.CALLED").asText()).isEqualTo("呼出中");
        assertThat(staff.get("messages").get("lifeEvent.move-within.name").asText()).isEqualTo("転居");
    }

    @Test
    void aScreenOrLanguageThePackLacksIsNotFoundNamingWhatExists() {
        var response = http().get("/api/town/messages/staff/ko");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).toString()).contains("kiosk", "staff");
    }
}

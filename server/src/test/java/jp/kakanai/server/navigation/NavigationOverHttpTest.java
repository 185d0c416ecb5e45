package jp.kakanai.server.navigation;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;

/** The kiosk asks the navigation questions and gets the checklist over real HTTP. */
class NavigationOverHttpTest extends ServerHttpTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Test
    void aKioskGetsOnlyTheQuestionsThatMatterWithFuriganaAndTranslations() {
        String born = TODAY.minusYears(30).minusMonths(1).toString();
        var response = http().asKiosk().get("/api/navigation/questions?event=move-in&cardRead=true&birthDate=" + born);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("languages")).extracting(JsonNode::asText).contains("ja", "en", "zh", "ko", "vi", "pt");
        assertThat(body.get("questions").findValuesAsText("id"))
                .startsWith("household").doesNotContain("my-number-card");
        JsonNode dog = body.get("questions").findParents("id").stream()
                .filter(q -> q.get("id").asText().equals("dog")).findFirst().orElseThrow();
        assertThat(dog.at("/text/ja").asText()).isEqualTo("犬を 飼って いますか。");
        assertThat(dog.get("rubyHtml").asText()).contains("<ruby>犬<rt>いぬ</rt></ruby>");
        assertThat(dog.at("/text/vi").asText()).isNotBlank();
        assertThat(dog.get("choices").findValuesAsText("value")).containsExactly("yes", "no", "dont-know");
    }

    @Test
    void aSeventyYearOldCoupleGetsTheirChecklistInWalkingOrder() {
        String request = """
                {"event": "move-in",
                 "resident": {"birthDate": "%s", "myNumberCardRead": true},
                 "household": [{"relationship": "spouse", "birthDate": "%s"}],
                 "answers": {"health-insurance": "national", "seal-wanted": "no", "dog": "no", "juminhyo-wanted": "no",
                             "moped": "no", "disability-certificate": "no"}}
                """.formatted(TODAY.minusYears(70).minusMonths(3), TODAY.minusYears(70).minusMonths(5));

        var response = http().asKiosk().postJson("/api/navigation", request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.get("items").findValuesAsText("procedureId"))
                .containsExactly("resident-move-in", "my-number-card", "nhi-enroll", "long-term-care");
        assertThat(result.get("departments").findValuesAsText("id")).containsExactly("shimin", "hoken-nenkin", "kaigo");
        JsonNode care = result.get("items").get(3);
        assertThat(care.at("/reason/ja").asText()).isEqualTo("65歳以上のため");
        assertThat(care.get("forms")).extracting(JsonNode::asText).containsExactly("long-term-care");
        // Which of its forms print the 個人番号, in the town pack in force (the kiosk reads the number only for these).
        assertThat(result.get("items")).extracting(i -> i.get("procedureId").asText() + " " + i.get("myNumberForms"))
                .containsExactly("resident-move-in []", "my-number-card []", "nhi-enroll [\"nhi-enroll\"]",
                        "long-term-care [\"long-term-care\"]");
        assertThat(result.get("townPackVersion").asInt()).isPositive();
        assertThat(care.get("concerns")).extracting(JsonNode::asText).containsExactly("resident", "household[0]");
        // What the resident reads (names, departments, documents) is in every language of the kiosk.
        assertThat(care.get("name").fieldNames()).toIterable().containsExactly("ja", "easy", "en", "zh", "ko", "vi", "pt");
        assertThat(care.at("/name/ko").asText()).isEqualTo("개호보험");
        assertThat(result.at("/departments/0/name/vi").asText()).isEqualTo("Phòng Công dân");
        assertThat(result.at("/departments/0/name/easy").asText()).isEqualTo("{市民課|しみんか}");
        assertThat(result.at("/items/0/bring/0/text").fieldNames()).toIterable().contains("zh", "pt");
        assertThat(result.get("openQuestions")).isEmpty();
    }

    @Test
    void badNavigationInputIsRefusedNamingTheField() {
        var unknownAnswer = http().asClerk().postJson("/api/navigation",
                "{\"event\": \"move-in\", \"resident\": {\"birthDate\": \"1990-01-01\"}, \"answers\": {\"dog\": \"maybe\"}}");
        assertThat(unknownAnswer.statusCode()).isEqualTo(400);
        assertThat(json(unknownAnswer).get("field").asText()).isEqualTo("answers.dog");
        assertThat(json(unknownAnswer).get("error").asText()).isEqualTo("Answer must be one of yes, no, dont-know.");

        var badEvent = http().asKiosk().get("/api/navigation/questions?event=moving");
        assertThat(badEvent.statusCode()).isEqualTo(400);
        assertThat(json(badEvent).get("field").asText()).isEqualTo("event");

        var badMember = http().asKiosk().postJson("/api/navigation", "{\"event\": \"birth\", \"resident\": "
                + "{\"birthDate\": \"1990-01-01\"}, \"household\": [{\"relationship\": \"cousin\", \"birthDate\": \"2020-01-01\"}]}");
        assertThat(json(badMember).get("field").asText()).isEqualTo("household[0].relationship");

        assertThat(http().postJson("/api/navigation", "{}").statusCode()).isEqualTo(401);
    }
}

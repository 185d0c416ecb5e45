package jp.kakanai.server.checklist;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visit's checklist over real HTTP: created at check-in, following the kiosk's answers, worked by two
 * clerks at once without either losing a change.
 */
class ChecklistOverHttpTest extends ServerHttpTest {
    private static final String ANSWERS_OF_A_SINGLE_EMPLOYEE = """
            {"version": 0, "myNumberCardRead": true, "household": [],
             "answers": {"health-insurance": "workplace", "pension-first-category": "no", "seal-wanted": "no",
                         "dog": "no", "juminhyo-wanted": "yes", "moped": "no", "disability-certificate": "no"}}
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource pool;

    private String checkIn() {
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("visitId").asText();
    }

    private static List<JsonNode> items(JsonNode checklist) {
        List<JsonNode> items = new ArrayList<>();
        checklist.get("departments").forEach(department -> department.get("items").forEach(items::add));
        return items;
    }

    private static List<String> itemIds(JsonNode checklist) {
        return items(checklist).stream().map(i -> i.get("id").asText()).toList();
    }

    private static JsonNode item(JsonNode checklist, String id) {
        return items(checklist).stream().filter(i -> i.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static HttpResponse<String> patch(HttpFixture as, String visitId, String itemId, String json) {
        return as.sendJson("PATCH", "/api/visits/" + visitId + "/checklist/items/" + itemId, json);
    }

    @Test
    void checkInCreatesTheChecklistAndTheKiosksAnswersSettleIt() {
        String visitId = checkIn();

        JsonNode atCheckIn = json(http().asClerk().get("/api/visits/" + visitId + "/checklist"));
        assertThat(atCheckIn.get("version").asInt()).isZero();
        assertThat(item(atCheckIn, "resident-move-in").get("certainty").asText()).isEqualTo("needed");
        assertThat(item(atCheckIn, "nhi-enroll").get("certainty").asText()).isEqualTo("to-confirm");
        // The kiosk listed juminhyo-request at check-in: kept as its choice.
        assertThat(item(atCheckIn, "juminhyo-request").get("origin").asText()).isEqualTo("kiosk");
        assertThat(atCheckIn.get("openQuestions").findValuesAsText("id")).contains("household", "health-insurance");

        var answered = http().asKiosk().sendJson("PUT", "/api/visits/" + visitId + "/checklist/facts",
                ANSWERS_OF_A_SINGLE_EMPLOYEE);

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        JsonNode settled = json(answered);
        assertThat(settled.get("version").asInt()).isEqualTo(1);
        assertThat(itemIds(settled)).containsExactly("resident-move-in", "my-number-card", "juminhyo-request");
        assertThat(item(settled, "juminhyo-request").at("/reason/ja").asText()).isEqualTo("住民票の写しを希望するため");
        assertThat(settled.get("openQuestions")).isEmpty();
        assertThat(settled.at("/progress/open").asInt()).isEqualTo(3);
    }

    @Test
    void twoClerksOnTheSameProcedureNeverLoseEachOthersChange() {
        String visitId = checkIn();
        http().asKiosk().sendJson("PUT", "/api/visits/" + visitId + "/checklist/facts", ANSWERS_OF_A_SINGLE_EMPLOYEE);
        HttpFixture clerk = http().asClerk();
        HttpFixture colleague = http().asManager();
        int seenByBoth = item(json(clerk.get("/api/visits/" + visitId + "/checklist")), "my-number-card")
                .get("version").asInt();

        var first = patch(clerk, visitId, "my-number-card", "{\"version\": " + seenByBoth + ", \"status\": \"in-progress\"}");
        var stale = patch(colleague, visitId, "my-number-card",
                "{\"version\": " + seenByBoth + ", \"status\": \"not-needed\", \"notNeededReason\": \"カード未所持\"}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("error").asText())
                .contains("「マイナンバーカードの継続利用・記載事項変更」は clerk さんが").contains("現在: 対応中")
                .contains("reload and try again");
        JsonNode kept = item(json(colleague.get("/api/visits/" + visitId + "/checklist")), "my-number-card");
        assertThat(kept.get("status").asText()).isEqualTo("in-progress");
        assertThat(kept.get("updatedBy").asText()).isEqualTo("clerk");

        // Reloaded, the colleague's change goes through; another procedure never conflicted at all.
        var retried = patch(colleague, visitId, "my-number-card",
                "{\"version\": " + kept.get("version").asInt() + ", \"status\": \"done\", \"note\": \"継続利用 済\"}");
        var otherItem = patch(clerk, visitId, "resident-move-in", "{\"version\": 0, \"status\": \"done\"}");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(otherItem.statusCode()).as(otherItem.body()).isEqualTo(200);
        JsonNode after = json(otherItem);
        assertThat(item(after, "my-number-card").get("note").asText()).isEqualTo("継続利用 済");
        assertThat(after.at("/progress/done").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select actor || ':' || status from checklist_event where visit_id = :v"
                        + " and action = 'status' order by id").param("v", visitId).query(String.class).list())
                .containsExactly("clerk:in-progress", "manager:done", "clerk:done");
    }

    @Test
    void simultaneousChangesOfOneProcedureLetExactlyOneThrough() {
        String visitId = checkIn();
        int version = item(json(http().asClerk().get("/api/visits/" + visitId + "/checklist")), "resident-move-in")
                .get("version").asInt();
        String body = "{\"version\": " + version + ", \"status\": \"done\"}";

        List<Integer> statuses = List.of(
                        CompletableFuture.supplyAsync(() -> patch(http().asClerk(), visitId, "resident-move-in", body)),
                        CompletableFuture.supplyAsync(() -> patch(http().asManager(), visitId, "resident-move-in", body)))
                .stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();

        assertThat(statuses).containsExactly(200, 409);
    }

    @Test
    void staleAnswersAreRefusedToo() {
        String visitId = checkIn();
        http().asKiosk().sendJson("PUT", "/api/visits/" + visitId + "/checklist/facts", ANSWERS_OF_A_SINGLE_EMPLOYEE);

        var stale = http().asClerk().sendJson("PUT", "/api/visits/" + visitId + "/checklist/facts",
                ANSWERS_OF_A_SINGLE_EMPLOYEE);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("error").asText()).contains("demo-kiosk さんが");
    }

    @Test
    void aClerkAddsWhatTheRulesMissedAndMarksWhatIsNotNeeded() {
        String visitId = checkIn();
        http().asKiosk().sendJson("PUT", "/api/visits/" + visitId + "/checklist/facts", ANSWERS_OF_A_SINGLE_EMPLOYEE);
        HttpFixture clerk = http().asClerk();

        // She said "no dog" at the kiosk, then mentions one at the counter.
        var added = clerk.postJson("/api/visits/" + visitId + "/checklist/items",
                "{\"procedureId\": \"dog-registration-change\", \"note\": \"窓口で犬ありと判明\"}");
        var custom = clerk.postJson("/api/visits/" + visitId + "/checklist/items",
                "{\"name\": \"障害者手帳の住所変更\", \"departmentId\": \"kaigo\"}");
        var twice = clerk.postJson("/api/visits/" + visitId + "/checklist/items", "{\"procedureId\": \"dog-registration-change\"}");
        var noReason = patch(clerk, visitId, "resident-move-in", "{\"version\": 0, \"status\": \"not-needed\"}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(custom.statusCode()).as(custom.body()).isEqualTo(201);
        JsonNode checklist = json(custom);
        assertThat(item(checklist, "dog-registration-change").get("origin").asText()).isEqualTo("clerk");
        assertThat(item(checklist, "dog-registration-change").get("forms")).extracting(JsonNode::asText)
                .containsExactly("dog-registration-change");
        assertThat(item(checklist, "custom-1").at("/name/ja").asText()).isEqualTo("障害者手帳の住所変更");
        assertThat(itemIds(checklist)).endsWith("custom-1", "dog-registration-change");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).get("field").asText()).isEqualTo("notNeededReason");
        // Answers sent again, still without a dog, never drop what a clerk added.
        var answeredAgain = http().asKiosk().sendJson("PUT", "/api/visits/" + visitId + "/checklist/facts",
                ANSWERS_OF_A_SINGLE_EMPLOYEE.replace("\"version\": 0", "\"version\": 1"));
        assertThat(answeredAgain.statusCode()).as(answeredAgain.body()).isEqualTo(200);
        assertThat(itemIds(json(answeredAgain))).contains("dog-registration-change", "custom-1");
    }

    /**
     * Visits from before checklists existed get theirs when first opened, inside the request's own
     * transaction: 30 requests at once for 10 such visits (three times the pool's 10 connections, each
     * request holding one) all answer, and each visit has exactly one checklist, created once.
     */
    @Test
    void manyRequestsAtOnceForVisitsWithoutAChecklistEachGetTheOneChecklist() {
        List<String> visits = IntStream.range(0, 10).mapToObj(i -> checkIn()).toList();
        visits.forEach(visit -> jdbc.sql("delete from checklist where visit_id = :visit").param("visit", visit).update());
        HttpFixture clerk = http().asClerk();

        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 30)
                .mapToObj(i -> clerk.getAsync("/api/visits/" + visits.get(i % visits.size()) + "/checklist")).toList();

        for (var answer : answers) {
            assertThat(answer.join().statusCode()).as(answer.join().body()).isEqualTo(200);
            assertThat(itemIds(json(answer.join()))).contains("resident-move-in");
        }
        for (String visit : visits) {
            assertThat(jdbc.sql("select count(*) from checklist_event where visit_id = :visit and action = 'created'")
                    .param("visit", visit).query(Integer.class).single()).as(visit).isOne();
        }
    }

    /**
     * The pool starvation made certain: with every connection of the pool but one taken, a visit without a
     * checklist still gets it on the one connection its request holds (a second connection would wait for
     * the pool's 30 s and fail).
     */
    @Test
    void aMissingChecklistIsCreatedOnTheRequestsOwnConnection() throws Exception {
        String visit = checkIn();
        jdbc.sql("delete from checklist where visit_id = :visit").param("visit", visit).update();
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 1; i < pool.getMaximumPoolSize(); i++) {
                taken.add(pool.getConnection());
            }
            var answer = http().asClerk().get("/api/visits/" + visit + "/checklist");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        assertThat(itemIds(json(http().asClerk().get("/api/visits/" + visit + "/checklist")))).contains("resident-move-in");
    }

    @Test
    void aCustomItemNeedsANameThatPrints() {
        String visitId = checkIn();
        HttpFixture clerk = http().asClerk();

        for (String invisible : List.of("\u3164\u3164", "\u200B", "\u3000 ", "")) {
            var refused = clerk.postJson("/api/visits/" + visitId + "/checklist/items",
                    Map.of("name", invisible, "departmentId", "kaigo"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(json(refused).get("field").asText()).isEqualTo("name");
        }
        var tooLong = clerk.postJson("/api/visits/" + visitId + "/checklist/items",
                Map.of("name", "𠮷".repeat(201), "departmentId", "kaigo"));
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(json(tooLong).get("error").asText()).isEqualTo("At most 200 characters.");
        assertThat(itemIds(json(clerk.get("/api/visits/" + visitId + "/checklist")))).noneMatch(id -> id.startsWith("custom-"));
    }

    @Test
    void kiosksSendAnswersButDoNotWorkTheChecklist() {
        String visitId = checkIn();

        assertThat(patch(http().asKiosk(), visitId, "resident-move-in", "{\"version\": 0, \"status\": \"done\"}")
                .statusCode()).isEqualTo(403);
        assertThat(http().get("/api/visits/" + visitId + "/checklist").statusCode()).isEqualTo(401);
    }
}

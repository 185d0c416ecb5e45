package jp.kakanai.server.queue;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.account.StaffAccountFixture;
import jp.kakanai.server.checklist.ChecklistFixture;
import jp.kakanai.server.demo.DemoCredentials;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.IdempotencyKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A department clerk acts only on tickets at their own departments: every step of the queue (recall, no-show,
 * start, procedure done, finish, close) by a clerk of 市民課 and one of こども家庭課 on the same resident, who
 * walks from 市民課 to こども家庭課. The other department's clerk gets 403 naming the field, nothing changes,
 * and the access log has the refused attempt.
 */
class DepartmentStepsOverHttpTest extends ServerHttpTest {
    private static final Map<String, String> DESK = Map.of("counter", "2番窓口");
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachStepIsRefusedToTheClerkOfAnotherDepartmentAndAllowedToTheDepartmentsOwn() {
        HttpFixture shimin = StaffAccountFixture.signedInAs(http(), "ito-shimin", List.of("CLERK"), List.of("shimin"));
        HttpFixture kodomo = http().asStaff(DemoCredentials.KODOMO_CLERK, DemoCredentials.KODOMO_CLERK_PASSWORD);
        String visit = checkIn("birth", List.of("birth-registration", "child-allowance"));
        // Both departments see the visit (each has a procedure on it); the route is 市民課 → こども家庭課.
        ChecklistFixture.keepOnly(http().asClerk(), visit, Set.of("birth-registration", "child-allowance"));

        // At 市民課, waiting: こども家庭課's clerk may do nothing with the ticket.
        for (String step : List.of("recall", "start", "no-show", "close", "finish", "procedures/birth-registration/done")) {
            refused(kodomo, visit, step, "visitId");
        }
        assertThat(status(shimin, visit, "recall")).isEqualTo("CALLED");
        refused(kodomo, visit, "no-show", "visitId");
        assertThat(status(shimin, visit, "no-show")).isEqualTo("NO_SHOW");
        refused(kodomo, visit, "recall", "visitId");
        assertThat(status(shimin, visit, "recall")).isEqualTo("CALLED");
        refused(kodomo, visit, "start", "visitId");
        assertThat(status(shimin, visit, "start")).isEqualTo("SERVING");
        refused(kodomo, visit, "procedures/birth-registration/done", "visitId");
        refused(kodomo, visit, "finish", "visitId");
        refused(shimin, visit, "procedures/child-allowance/done", "procedureId");
        assertThat(status(shimin, visit, "procedures/birth-registration/done")).isEqualTo("SERVING");
        var transferred = shimin.postJson("/api/queue/visits/" + visit + "/finish", DESK);
        assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(200);
        assertThat(json(transferred).get("department").asText()).isEqualTo("kodomo");

        // At こども家庭課 now: the roles turn.
        for (String step : List.of("recall", "start", "close", "procedures/child-allowance/done")) {
            refused(shimin, visit, step, "visitId");
        }
        assertThat(status(kodomo, visit, "start")).isEqualTo("SERVING");
        refused(shimin, visit, "finish", "visitId");
        refused(kodomo, visit, "procedures/birth-registration/done", "procedureId");
        assertThat(status(kodomo, visit, "procedures/child-allowance/done")).isEqualTo("SERVING");
        refused(shimin, visit, "close", "visitId");
        assertThat(kodomo.postJson("/api/queue/visits/" + visit + "/finish", DESK).statusCode()).isEqualTo(204);

        List<String> onRecord = jdbc.sql("select actor || ' ' || purpose || ' ' || status from access_log"
                        + " where action = 'queue-step-refused' and visit_id = :visit order by seq")
                .param("visit", visit).query(String.class).list();
        assertThat(onRecord).hasSize(19).contains("kodomo step=recall 403", "kodomo step=noShow 403",
                "ito-shimin step=procedureDone procedureId=child-allowance 403", "ito-shimin step=finish 403",
                "kodomo step=procedureDone procedureId=birth-registration 403", "ito-shimin step=close 403");
    }

    @Test
    void callingAnotherDepartmentsQueueIsRefusedAndOnRecord() {
        HttpFixture kodomo = http().asStaff(DemoCredentials.KODOMO_CLERK, DemoCredentials.KODOMO_CLERK_PASSWORD);
        var refused = kodomo.postJson("/api/queue/shimin/call-next", DESK);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("field").asText()).isEqualTo("department");
        assertThat(jdbc.sql("select count(*) from access_log where action = 'queue-step-refused' and actor = 'kodomo'"
                + " and purpose = 'step=callNext department=shimin'").query(Integer.class).single()).isPositive();
    }

    @Test
    void aTicketMachinesTicketIsServedAndFinishedOnlyByItsDepartment() {
        HttpFixture shimin = StaffAccountFixture.signedInAs(http(), "ito-machine", List.of("CLERK"), List.of("shimin"));
        HttpFixture kodomo = http().asStaff(DemoCredentials.KODOMO_CLERK, DemoCredentials.KODOMO_CLERK_PASSWORD);
        var issued = http().asKiosk().postJson("/api/tickets", "{\"purpose\": \"certificate\"}", IdempotencyKey.HEADER,
                UUID.randomUUID().toString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String number = json(issued).get("ticketNumber").asText();
        String visit = null;
        for (JsonNode ticket : json(shimin.get("/api/queue"))) {
            if (ticket.get("ticketNumber").asText().equals(number)) {
                visit = ticket.get("visitId").asText();
            }
        }
        assertThat(visit).as("the machine's ticket " + number + " in the live queue").isNotNull();

        refused(kodomo, visit, "start", "visitId");
        assertThat(status(shimin, visit, "start")).isEqualTo("SERVING");
        refused(kodomo, visit, "finish", "visitId");
        assertThat(shimin.postJson("/api/queue/visits/" + visit + "/finish", DESK).statusCode()).isEqualTo(204);
    }

    @Test
    void aDepartmentClerkChangesTheAnswersOnlyWhileTheResidentIsAtTheirDepartment() {
        HttpFixture shimin = StaffAccountFixture.signedInAs(http(), "ito-answers", List.of("CLERK"), List.of("shimin"));
        HttpFixture kodomo = http().asStaff(DemoCredentials.KODOMO_CLERK, DemoCredentials.KODOMO_CLERK_PASSWORD);
        String visit = checkIn("birth", List.of("birth-registration", "child-allowance"));
        JsonNode checklist = ChecklistFixture.checklist(kodomo, visit);
        String facts = "{\"version\": " + checklist.get("version").asInt() + ", \"answers\": {}}";

        var refused = kodomo.sendJson("PUT", "/api/visits/" + visit + "/checklist/facts", facts);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(json(refused).get("field").asText()).isEqualTo("visitId");
        assertThat(ChecklistFixture.checklist(kodomo, visit).get("version").asInt()).as("nothing changed")
                .isEqualTo(checklist.get("version").asInt());
        var allowed = shimin.sendJson("PUT", "/api/visits/" + visit + "/checklist/facts", facts);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from access_log where action = 'change-checklist' and actor = 'kodomo'"
                + " and visit_id = :visit and status = 403").param("visit", visit).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void eachSignedInStaffMemberLearnsWhereTheyMayTakeSteps() {
        JsonNode kodomo = json(http().asStaff(DemoCredentials.KODOMO_CLERK, DemoCredentials.KODOMO_CLERK_PASSWORD)
                .get("/api/account")).get("duty");
        assertThat(kodomo.get("everyDepartment").asBoolean()).isFalse();
        assertThat(kodomo.get("departments").get(0).asText()).isEqualTo("kodomo");
        assertThat(kodomo.get("departments").size()).isEqualTo(1);
        assertThat(json(http().asClerk().get("/api/account")).get("duty").get("everyDepartment").asBoolean())
                .as("the one-stop counter").isTrue();
    }

    private static void refused(HttpFixture clerk, String visit, String step, String field) {
        var response = clerk.postJson("/api/queue/visits/" + visit + "/" + step, DESK);
        assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(403);
        assertThat(json(response).get("field").asText()).as(step).isEqualTo(field);
    }

    private static String status(HttpFixture clerk, String visit, String step) {
        var response = clerk.postJson("/api/queue/visits/" + visit + "/" + step, DESK);
        assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(200);
        return json(response).get("status").asText();
    }

    private String checkIn(String event, List<String> procedures) {
        var response = http().asKiosk().postJson("/api/visits", CheckInFixture.json(
                new CheckIn(CheckInFixture.resident(), event, procedures)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("visitId").asText();
    }
}

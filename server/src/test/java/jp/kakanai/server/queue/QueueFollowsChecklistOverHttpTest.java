package jp.kakanai.server.queue;

import static jp.kakanai.server.HttpFixture.json;
import static jp.kakanai.server.checklist.ChecklistFixture.item;
import static jp.kakanai.server.checklist.ChecklistFixture.keepOnly;
import static jp.kakanai.server.checklist.ChecklistFixture.setStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Queue and checklist together (issue 7 §1) over real HTTP: "next department" is the next one in walking
 * order whose checklist items are still open, it issues its own ticket, and the visit closes when the
 * checklist is finished.
 */
class QueueFollowsChecklistOverHttpTest extends ServerHttpTest {
    private static final Map<String, String> DESK = Map.of("counter", "2番窓口");

    @Autowired
    JdbcClient jdbc;

    @Test
    void residentWalksTheChecklistsDepartmentsWithANewTicketAtEachAndTheVisitClosesWhenItIsFinished() {
        HttpFixture clerk = http().asClerk();
        var receipt = checkIn(List.of("resident-move-in", "nhi-enroll", "dog-registration-change"));
        String visit = receipt.get("visitId").asText();
        String firstTicket = receipt.get("ticketNumber").asText();
        assertThat(firstTicket).startsWith("A-");
        // 保険年金課 (nhi-enroll) and 環境衛生課 (dog) stay; こども家庭課 etc. are settled as not needed.
        keepOnly(clerk, visit, Set.of("resident-move-in", "nhi-enroll", "dog-registration-change"));

        step(clerk, visit, "start");
        assertThat(clerk.postJson(base(visit) + "/procedures/resident-move-in/done", DESK).statusCode()).isEqualTo(200);
        assertThat(item(clerk, visit, "resident-move-in").get("status").asText())
                .as("the counter panel's 'done' is done on the checklist").isEqualTo("done");

        JsonNode atHokenNenkin = finish(clerk, visit, 200);
        assertThat(atHokenNenkin.get("department").asText()).isEqualTo("hoken-nenkin");
        assertThat(atHokenNenkin.get("status").asText()).isEqualTo("WAITING");
        String secondTicket = atHokenNenkin.get("ticketNumber").asText();
        assertThat(secondTicket).startsWith("B-");
        assertThat(atHokenNenkin.get("earlierNumbers")).extracting(JsonNode::asText).containsExactly(firstTicket);
        var onThePhone = http().get("/api/board/tickets/" + firstTicket);
        assertThat(json(onThePhone).get("ticketNumber").asText()).as("the printed number leads to the new one")
                .isEqualTo(secondTicket);

        step(clerk, visit, "start");
        setStatus(clerk, visit, "nhi-enroll", "done");
        assertThat(eventsOf(visit)).as("done on the checklist page ends the service too")
                .contains("PROCEDURE_DONE hoken-nenkin nhi-enroll");

        JsonNode atKankyo = finish(clerk, visit, 200);
        assertThat(atKankyo.get("department").asText()).as("departments without open items are skipped")
                .isEqualTo("kankyo");
        assertThat(atKankyo.get("ticketNumber").asText()).startsWith("F-");

        step(clerk, visit, "start");
        clerk.postJson(base(visit) + "/procedures/dog-registration-change/done", DESK);
        finish(clerk, visit, 204);

        assertThat(eventsOf(visit)).containsExactly(
                "ISSUED shimin " + firstTicket, "SERVICE_STARTED shimin", "PROCEDURE_DONE shimin resident-move-in",
                "TRANSFERRED shimin hoken-nenkin " + secondTicket, "SERVICE_STARTED hoken-nenkin",
                "PROCEDURE_DONE hoken-nenkin nhi-enroll",
                "TRANSFERRED hoken-nenkin kankyo " + atKankyo.get("ticketNumber").asText(), "SERVICE_STARTED kankyo",
                "PROCEDURE_DONE kankyo dog-registration-change", "CLOSED kankyo");
    }

    @Test
    void openProceduresHereMustBeSettledBeforeTheResidentMovesOn() {
        HttpFixture clerk = http().asClerk();
        String visit = checkIn(List.of("resident-move-in", "nhi-enroll")).get("visitId").asText();
        keepOnly(clerk, visit, Set.of("resident-move-in", "nhi-enroll"));
        step(clerk, visit, "start");

        var refused = clerk.postJson(base(visit) + "/finish", DESK);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("error").asText()).contains("転入届");
        assertThat(eventsOf(visit)).noneMatch(e -> e.startsWith("TRANSFERRED")).last().isEqualTo("SERVICE_STARTED shimin");

        setStatus(clerk, visit, "resident-move-in", "not-needed");
        assertThat(finish(clerk, visit, 200).get("department").asText()).isEqualTo("hoken-nenkin");
    }

    @Test
    void procedureAddedBehindTheResidentSendsThemBack() {
        HttpFixture clerk = http().asClerk();
        // A kiosk that chose only the dog: the ticket is for 環境衛生課, the last desk in walking order.
        var receipt = checkIn(List.of("dog-registration-change"));
        String visit = receipt.get("visitId").asText();
        assertThat(receipt.get("ticketNumber").asText()).startsWith("F-");
        keepOnly(clerk, visit, Set.of("dog-registration-change", "resident-move-in"));

        step(clerk, visit, "start");
        clerk.postJson(base(visit) + "/procedures/dog-registration-change/done", DESK);
        JsonNode back = finish(clerk, visit, 200);
        assertThat(back.get("department").asText()).as("転入届 is still open at 市民課").isEqualTo("shimin");
        assertThat(back.get("ticketNumber").asText()).startsWith("A-");
    }

    @Test
    void procedureNotOnTheChecklistHereCannotBeDoneHere() {
        HttpFixture clerk = http().asClerk();
        String visit = checkIn(List.of("resident-move-in", "nhi-enroll")).get("visitId").asText();
        step(clerk, visit, "start");
        var refused = clerk.postJson(base(visit) + "/procedures/nhi-enroll/done", DESK);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asText()).isEqualTo("procedureId");
        assertThat(clerk.postJson(base(visit) + "/procedures/no-such-procedure/done", DESK).statusCode()).isEqualTo(400);
    }

    private List<String> eventsOf(String visit) {
        return jdbc.sql("select event_type, department, to_department, procedure_id, ticket_number from queue_event"
                        + " where visit_id = :visit order by id").param("visit", visit)
                .query((rs, row) -> String.join(" ", Stream.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)).filter(Objects::nonNull).toList()))
                .list();
    }

    private static String base(String visit) {
        return "/api/queue/visits/" + visit;
    }

    private static JsonNode finish(HttpFixture clerk, String visit, int expectedStatus) {
        var response = clerk.postJson(base(visit) + "/finish", DESK);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return expectedStatus == 204 ? null : json(response);
    }

    private static void step(HttpFixture clerk, String visit, String action) {
        var response = clerk.postJson(base(visit) + "/" + action, DESK);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
    }

    private JsonNode checkIn(List<String> procedures) {
        CheckIn checkIn = new CheckIn(CheckInFixture.resident(), "move-in", procedures);
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }
}

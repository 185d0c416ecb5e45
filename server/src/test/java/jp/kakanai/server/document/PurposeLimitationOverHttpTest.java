package jp.kakanai.server.document;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 番号法 and 特定個人情報ガイドライン (利用目的の範囲): a resident's data, and above all the My Number, goes only
 * on the forms of the procedures on their visit's checklist, and is taken only for one that prints it.
 */
class PurposeLimitationOverHttpTest extends ServerHttpTest {
    private static final String MY_NUMBER = "876543210989";
    @Autowired
    JdbcClient jdbc;

    private String checkIn(CheckIn checkIn) {
        var response = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("visitId").asText();
    }

    /** A form with the My Number boxes whose procedure is not on the visit's checklist (rules or kiosk). */
    private String formNotOnTheChecklist(String visitId) {
        List<String> onIt = new java.util.ArrayList<>();
        json(http().asClerk().get("/api/visits/" + visitId)).get("forms").forEach(f -> onIt.add(f.asText()));
        return MY_NUMBER_FORMS.stream().filter(f -> !onIt.contains(f)).findFirst()
                .orElseThrow(() -> new AssertionError("every My Number form is on the checklist: " + onIt));
    }

    private static final List<String> MY_NUMBER_FORMS = List.of("late-elderly-medical", "long-term-care", "child-allowance",
            "national-pension", "nhi-withdraw");

    @Test
    void aFormOfAProcedureTheResidentDidNotComeForIsNotPrintedNorIsTheNumberOpened() {
        // Came to move in (国保 among the procedures); a clerk asks for another form with the My Number boxes.
        String visitId = checkIn(CheckInFixture.moveInWithMyNumber(MY_NUMBER));
        String other = formNotOnTheChecklist(visitId);

        var refused = http().asClerk().getBytes("/api/visits/" + visitId + "/forms/" + other + ".pdf");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body())).contains("\"field\":\"formId\"", "checklist");
        assertThat(jdbc.sql("select count(*) from access_log where visit_id = :v and action = 'my-number-use'")
                .param("v", visitId).query(Integer.class).single()).as("the number was never decrypted").isZero();
        assertThat(jdbc.sql("select status from access_log where visit_id = :v and action = 'print-form'")
                .param("v", visitId).query(Integer.class).list()).as("the attempt is on record").containsExactly(403);
        assertThat(json(http().asClerk().get("/api/visits/" + visitId)).get("forms")).extracting(f -> f.asText())
                .contains("nhi-enroll").doesNotContain(other);
    }

    @Test
    void theFormPrintsOnceTheClerkPutsItsProcedureOnTheChecklist() {
        String visitId = checkIn(CheckInFixture.moveIn());
        String other = formNotOnTheChecklist(visitId);
        assertThat(http().asClerk().getBytes("/api/visits/" + visitId + "/forms/" + other + ".pdf").statusCode()).isEqualTo(403);

        var added = http().asClerk().postJson("/api/visits/" + visitId + "/checklist/items", Map.of("procedureId", other));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        assertThat(http().asClerk().getBytes("/api/visits/" + visitId + "/forms/" + other + ".pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void aCheckInBringingTheNumberForNoFormThatPrintsItIsRefusedAndNothingIsKept() {
        int visitsBefore = jdbc.sql("select count(*) from visit").query(Integer.class).single();
        CheckIn juminhyoOnly = new CheckIn(CheckInFixture.resident(), "move-within", List.of("juminhyo-request"))
                .withMyNumber(MY_NUMBER);

        var refused = http().asKiosk().postJson("/api/visits", CheckInFixture.json(juminhyoOnly));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json(refused).get("field").asText()).isEqualTo("myNumber");
        assertThat(refused.body()).doesNotContain(MY_NUMBER);
        assertThat(jdbc.sql("select count(*) from visit").query(Integer.class).single()).isEqualTo(visitsBefore);
    }
}

package jp.kakanai.server.audit;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.demo.DemoCredentials;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every look at a resident's data leaves a record — who, when, which visit, what for — that holds no name,
 * address, birth date or number, that an auditor can search and export, and whose chain shows a changed row.
 */
class AccessLogOverHttpTest extends ServerHttpTest {
    private static final String MY_NUMBER = "876543210989";
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessLogVerifier verifier;

    private String checkIn() {
        CheckIn checkIn = new CheckIn(CheckInFixture.resident(), "move-in",
                List.of("resident-move-in", "nhi-enroll")).withMyNumber(MY_NUMBER);
        var response = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("visitId").asText();
    }

    private List<String> actionsOf(String visitId) {
        return jdbc.sql("select actor || ' ' || action || ' ' || purpose || ' ' || status from access_log"
                + " where visit_id = :visit order by seq").param("visit", visitId).query(String.class).list();
    }

    @Test
    void everyViewPrintAndMyNumberUseOfAVisitIsRecordedWithWhoAndWhat() {
        String visitId = checkIn();
        http().asClerk().get("/api/visits/" + visitId);
        http().asClerk().get("/api/visits/" + visitId + "/checklist");
        assertThat(http().asClerk().getBytes("/api/visits/" + visitId + "/forms/nhi-enroll.pdf").statusCode()).isEqualTo(200);
        http().asManager().get("/api/visits/" + visitId);

        assertThat(actionsOf(visitId)).containsExactly(
                "kiosk:" + DemoCredentials.KIOSK_ID + " my-number-store check-in 200",
                "kiosk:" + DemoCredentials.KIOSK_ID + " check-in  201",
                "clerk view-visit  200",
                "clerk view-checklist  200",
                "clerk my-number-use print nhi-enroll 200",
                "clerk print-form formId=nhi-enroll 200",
                "manager view-visit  200");
    }

    @Test
    void aPageRefreshingTheSameViewIsOneRecordButEveryPrintIsOne() {
        String visitId = checkIn();
        for (int i = 0; i < 3; i++) {
            http().asClerk().get("/api/visits/" + visitId + "/checklist");
            http().asClerk().getBytes("/api/visits/" + visitId + "/forms/all.pdf");
        }
        assertThat(actionsOf(visitId)).filteredOn(a -> a.contains("view-checklist")).hasSize(1);
        assertThat(actionsOf(visitId)).filteredOn(a -> a.contains("print-all")).hasSize(3);
    }

    @Test
    void aRefusedLookIsRecordedToo() {
        String visitId = checkIn();
        assertThat(http().asClerk().getBytes("/api/visits/" + visitId + "/forms/no-such-form.pdf").statusCode()).isEqualTo(404);
        assertThat(actionsOf(visitId)).contains("clerk print-form formId=no-such-form 404");
    }

    @Test
    void theLogHoldsNoResidentsNameAddressBirthDateOrNumber() {
        String visitId = checkIn();
        http().asClerk().get("/api/visits");
        http().asClerk().getBytes("/api/visits/" + visitId + "/forms/all.pdf");
        String everything = String.join("\n", jdbc.sql("select seq || actor || action || coalesce(visit_id, '') || purpose"
                + " || coalesce(client, '') from access_log").query(String.class).list());
        assertThat(everything).contains(visitId).doesNotContain(CheckInFixture.resident().name(),
                CheckInFixture.resident().address(), CheckInFixture.resident().birthDate().toString(), MY_NUMBER,
                MY_NUMBER.substring(8));
    }

    @Test
    void anAuditorSearchesByVisitAndExportsButAClerkMayNot() {
        String visitId = checkIn();
        http().asClerk().get("/api/visits/" + visitId);
        var auditor = http().asStaff(DemoCredentials.AUDITOR, DemoCredentials.AUDITOR_PASSWORD);

        var page = auditor.get("/api/access-log?visit=" + visitId);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<JsonNode> entries = StreamSupport.stream(json(page).get("entries").spliterator(), false).toList();
        assertThat(entries).extracting(e -> e.at("/record/action").asText())
                .containsExactly("view-visit", "check-in", "my-number-store");
        assertThat(entries.get(0).at("/record/actor").asText()).isEqualTo("clerk");

        var csv = auditor.getBytes("/api/access-log/export.csv?visit=" + visitId);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + AccessLogCsv.HEADER).contains("view-visit", visitId);
        assertThat(text.lines()).hasSize(4);

        assertThat(http().asClerk().get("/api/access-log").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/api/visits").statusCode()).as("an auditor sees the log, not the residents").isEqualTo(403);
        assertThat(auditor.get("/api/access-log?action=nonsense").statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from access_log where actor = 'auditor' and action = 'export-access-log'")
                .query(Integer.class).single()).as("the export is itself recorded").isPositive();
    }

    @Test
    void theChainShowsWhichRowWasChangedAndHoldsAgainOnceItIsPutBack() {
        String visitId = checkIn();
        http().asClerk().get("/api/visits/" + visitId);
        assertThat(verifier.verify().intact()).isTrue();
        long seq = jdbc.sql("select max(seq) from access_log where visit_id = :v and action = 'view-visit'")
                .param("v", visitId).query(Long.class).single();
        jdbc.sql("update access_log set actor = 'someone-else' where seq = :seq").param("seq", seq).update();
        try {
            AccessLogVerifier.Verification broken = verifier.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBroken()).hasValueSatisfying(b -> {
                assertThat(b.seq()).isEqualTo(seq);
                assertThat(b.reason()).contains("changed");
            });
            var page = http().asManager().get("/api/access-log/verification");
            assertThat(json(page).get("intact").asBoolean()).isFalse();
        } finally {
            jdbc.sql("update access_log set actor = 'clerk' where seq = :seq").param("seq", seq).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }
}

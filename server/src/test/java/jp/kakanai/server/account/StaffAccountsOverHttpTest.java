package jp.kakanai.server.account;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff accounts live in the database and an administrator manages them; a department clerk sees and
 * prints only what their department's procedures need; a new or reset password must be changed first and
 * follows the policy; every change is on record.
 */
class StaffAccountsOverHttpTest extends ServerHttpTest {
    private static final String STRONG = StaffAccountFixture.STRONG;
    @Autowired
    JdbcClient jdbc;

    private HttpFixture admin() {
        return StaffAccountFixture.admin(http());
    }

    private String create(String username, List<String> roles, List<String> departments) {
        return StaffAccountFixture.create(http(), username, roles, departments);
    }

    private HttpFixture signedInAs(String username, List<String> roles, List<String> departments) {
        return StaffAccountFixture.signedInAs(http(), username, roles, departments);
    }

    private String checkIn(String event, List<String> procedures) {
        var response = http().asKiosk().postJson("/api/visits", CheckInFixture.json(
                new CheckIn(CheckInFixture.resident(), event, procedures)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("visitId").asText();
    }

    @Test
    void aNewAccountMustChangeItsOneTimePasswordBeforeAnythingElseAndThePolicyHolds() {
        String once = create("tanaka", List.of("ONE_STOP"), List.of());
        HttpFixture first = http().asStaff("tanaka", once);
        var blocked = first.get("/api/visits");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("Change your password first");

        for (String weak : List.of("short", "tanaka-tanaka-tanaka", "password1234", "aaaaaaaaaaaaaaa")) {
            var refused = first.postJson("/api/account/password", Map.of("currentPassword", once, "newPassword", weak));
            assertThat(refused.statusCode()).as(weak).isEqualTo(400);
            assertThat(json(refused).get("field").asText()).isEqualTo("newPassword");
        }
        assertThat(first.postJson("/api/account/password", Map.of("currentPassword", once, "newPassword", STRONG))
                .statusCode()).isEqualTo(204);
        assertThat(http().asStaff("tanaka", STRONG).get("/api/visits").statusCode()).isEqualTo(200);
        assertThat(http().asStaff("tanaka", once).get("/api/visits").statusCode()).as("the old one is gone").isEqualTo(401);

        var reused = http().asStaff("tanaka", STRONG).postJson("/api/account/password",
                Map.of("currentPassword", STRONG, "newPassword", STRONG));
        assertThat(reused.statusCode()).as("not one of the last five").isEqualTo(400);
    }

    @Test
    void aClerkOfKodomoSeesAndPrintsOnlyWhatKodomoNeeds() {
        HttpFixture kodomo = signedInAs("sato", List.of("CLERK"), List.of("kodomo"));
        String family = checkIn("birth", List.of("birth-registration", "child-allowance"));
        String juminhyoOnly = checkIn("move-within", List.of("juminhyo-request"));

        List<String> seen = new ArrayList<>();
        json(kodomo.get("/api/visits")).forEach(v -> seen.add(v.get("id").asText()));
        assertThat(seen).contains(family).doesNotContain(juminhyoOnly);
        assertThat(kodomo.get("/api/visits/" + juminhyoOnly).statusCode()).isEqualTo(404);
        assertThat(kodomo.get("/api/visits/" + juminhyoOnly + "/checklist").statusCode()).isEqualTo(404);

        JsonNode visit = json(kodomo.get("/api/visits/" + family));
        // こども家庭課's forms only: 児童手当, 子ども医療費 and, while nobody said no to a place, 保育所 (town pack).
        assertThat(visit.get("forms")).extracting(JsonNode::asText)
                .containsExactly("child-allowance", "child-medical-subsidy", "nursery");
        JsonNode checklist = json(kodomo.get("/api/visits/" + family + "/checklist"));
        assertThat(checklist.get("departments")).extracting(d -> d.get("id").asText()).containsExactly("kodomo");

        assertThat(kodomo.getBytes("/api/visits/" + family + "/forms/child-allowance.pdf").statusCode()).isEqualTo(200);
        assertThat(kodomo.getBytes("/api/visits/" + juminhyoOnly + "/forms/juminhyo-request.pdf").statusCode()).isEqualTo(404);
        var otherDepartment = kodomo.getBytes("/api/visits/" + family + "/forms/resident-change.pdf");
        assertThat(otherDepartment.statusCode()).as("市民課's form on the same visit").isEqualTo(403);
        assertThat(kodomo.get("/api/interviews/" + family).statusCode()).as("the one-stop counter's work").isEqualTo(403);
        assertThat(kodomo.postJson("/api/queue/shimin/call-next", Map.of("counter", "5番窓口")).statusCode()).isEqualTo(403);

        assertThat(http().asClerk().getBytes("/api/visits/" + family + "/forms/all.pdf").statusCode())
                .as("the one-stop counter prints everything at once").isEqualTo(200);
    }

    @Test
    void anAdministratorDisablesResetsAndUnlocksAndEveryChangeIsOnRecord() {
        HttpFixture suzuki = signedInAs("suzuki", List.of("ONE_STOP"), List.of());
        assertThat(admin().get("/api/visits").statusCode()).as("administrators see no resident's data").isEqualTo(403);

        var disabled = admin().sendJson("PUT", "/api/admin/accounts/suzuki",
                "{\"displayName\": \"鈴木\", \"roles\": [\"ONE_STOP\"], \"departments\": [], \"enabled\": false}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(suzuki.get("/api/visits").statusCode()).isEqualTo(401);

        admin().sendJson("PUT", "/api/admin/accounts/suzuki",
                "{\"displayName\": \"鈴木\", \"roles\": [\"ONE_STOP\"], \"departments\": [], \"enabled\": true}");
        String reset = json(admin().postJson("/api/admin/accounts/suzuki/password-reset", "")).get("password").asText();
        assertThat(reset).hasSize(16);
        assertThat(suzuki.get("/api/visits").statusCode()).as("the old password no longer opens").isEqualTo(401);
        assertThat(http().asStaff("suzuki", reset).get("/api/visits").statusCode()).as("change it first").isEqualTo(403);

        var badDepartment = admin().postJson("/api/admin/accounts", Map.of("username", "x1", "displayName", "x",
                "roles", List.of("CLERK"), "departments", List.of("no-such")));
        assertThat(json(badDepartment).get("field").asText()).isEqualTo("departments");
        assertThat(http().asClerk().get("/api/admin/accounts").statusCode()).isEqualTo(403);

        List<String> changes = jdbc.sql("select purpose from access_log where action = 'account-change' and actor = 'admin'"
                + " and purpose like '%suzuki%' order by seq").query(String.class).list();
        assertThat(changes).hasSize(4).anySatisfy(c -> assertThat(c).contains("disabled"))
                .anySatisfy(c -> assertThat(c).contains("reset password of suzuki"));
        assertThat(String.join(" ", changes)).doesNotContain(reset, STRONG);
    }
}

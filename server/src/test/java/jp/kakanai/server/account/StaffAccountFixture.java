package jp.kakanai.server.account;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.demo.DemoCredentials;

/** Staff accounts made over HTTP as an administrator makes them, for tests of what each role may do. */
public final class StaffAccountFixture {
    /** The password each new account is changed to at its first sign-in. */
    public static final String STRONG = "sakura-mochi-to-kashiwa";

    private StaffAccountFixture() {
    }

    public static HttpFixture admin(HttpFixture http) {
        return http.asStaff(DemoCredentials.ADMIN, DemoCredentials.ADMIN_PASSWORD);
    }

    /** Creates the account and answers its one-time password. */
    public static String create(HttpFixture http, String username, List<String> roles, List<String> departments) {
        var created = admin(http).postJson("/api/admin/accounts", Map.of("username", username,
                "displayName", "試験 " + username, "roles", roles, "departments", departments));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("password").asText();
    }

    /** A new account whose one-time password was changed for a strong one, as the person does at the first sign-in. */
    public static HttpFixture signedInAs(HttpFixture http, String username, List<String> roles, List<String> departments) {
        String once = create(http, username, roles, departments);
        var changed = http.asStaff(username, once).postJson("/api/account/password",
                Map.of("currentPassword", once, "newPassword", STRONG));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        return http.asStaff(username, STRONG);
    }
}

package jp.kakanai.server.security;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;

/** Kiosks may only check in; staff may only read; anonymous callers get 401 JSON or the login page. */
class AccessTest extends ServerHttpTest {

    @Test
    void checkInWithoutTokenIsUnauthorized() {
        var response = http().postJson("/api/visits", CheckInFixture.moveInJson());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error").asText()).isNotBlank();
    }

    @Test
    void checkInWithWrongTokenIsUnauthorized() {
        var response = http().withAuthorization("Bearer not-the-token").postJson("/api/visits", CheckInFixture.moveInJson());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void clerkCannotCheckResidentsIn() {
        assertThat(http().asClerk().postJson("/api/visits", CheckInFixture.moveInJson()).statusCode()).isEqualTo(403);
    }

    @Test
    void kioskCannotListVisits() {
        assertThat(http().asKiosk().get("/api/visits").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousCannotListVisits() {
        var response = http().get("/api/visits");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void wrongStaffPasswordIsUnauthorized() {
        assertThat(http().asStaff("clerk", "wrong").get("/api/visits").statusCode()).isEqualTo(401);
    }

    @Test
    void anonymousStaffPageRedirectsToLogin() {
        var response = http().get("/staff/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.html"));
    }

    @Test
    void loginPageIsPublic() {
        var response = http().get("/login.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN="));
    }
}

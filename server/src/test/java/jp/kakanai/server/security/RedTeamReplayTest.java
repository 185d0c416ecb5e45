package jp.kakanai.server.security;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.app.KioskSettings;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.audit.AccessLogVerifier;
import jp.kakanai.server.demo.DemoCredentials;
import jp.kakanai.server.privacy.MyNumberRetention;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The red team's attempts, replayed on every build (issue 19): each one that once worked must keep failing.
 * Brute force at the sign-in, a My Number printed for a procedure the resident did not come for, a foreign
 * page driving the kiosk with {@code Origin: null}, a changed row of the access log. The erasure scan is
 * {@code CryptoShreddingTest}; {@code mvn -pl server -am test -Dgroups=red-team} runs them all.
 */
@Tag("red-team")
class RedTeamReplayTest extends ServerHttpTest {
    private static final String MY_NUMBER = "876543210989";
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessLogVerifier verifier;
    @Autowired
    MyNumberRetention retention;
    @Value("${kakanai.data-dir}")
    Path dataDir;

    @Test
    void bruteForceAtTheSignInIsSlowedThenLockedAndLogged() {
        HttpFixture admin = http().asStaff(DemoCredentials.ADMIN, DemoCredentials.ADMIN_PASSWORD);
        String password = json(admin.postJson("/api/admin/accounts", Map.of("username", "target", "displayName", "標的",
                "roles", List.of("ONE_STOP"), "departments", List.of()))).get("password").asText();

        // The red team's run: 200 wrong passwords as fast as possible (9.4 s and no slowdown before the fix).
        List<Integer> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            answers.add(http().asStaff("target", "guess-" + i).get("/api/visits").statusCode());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // 3 free tries, then waits of 1, 2, 4, … s: in t seconds at most 3 + 1 + log2(t + 1) guesses are checked.
        long allowed = 4 + (long) Math.floor(Math.log(seconds + 1) / Math.log(2));
        long checked = answers.stream().filter(s -> s == 401).count();
        assertThat(checked).as("passwords actually checked in %.1f s", seconds).isLessThanOrEqualTo(allowed);
        assertThat(answers.stream().filter(s -> s == 429).count()).isEqualTo(200 - checked);
        assertThat(http().asStaff("target", password).get("/api/visits").statusCode())
                .as("even the right password waits: guessing during the wait tells nothing").isEqualTo(429);

        // Each wait run out (as the hours pass), the guesses go on until the account locks.
        for (int i = 0; i < 10; i++) {
            jdbc.sql("update sign_in_throttle set blocked_until = :past where subject like '%target' or subject like 'address:%'")
                    .param("past", Instant.parse("2000-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
            http().asStaff("target", "late-guess-" + i).get("/api/visits");
        }
        jdbc.sql("update sign_in_throttle set blocked_until = :past where subject like '%target' or subject like 'address:%'")
                .param("past", Instant.parse("2000-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        var locked = http().asStaff("target", password).get("/api/visits");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("locked");
        assertThat(jdbc.sql("select count(*) from access_log where actor = 'target' and action = 'locked-out'")
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from access_log where actor = 'target' and action = 'sign-in-failed'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(200);
        assertThat(jdbc.sql("select count(*) from access_log where purpose like '%guess%'").query(Integer.class).single())
                .as("no password in the log").isZero();
        jdbc.sql("update sign_in_throttle set failures = 0, blocked_until = :past where subject like 'address:%'")
                .param("past", Instant.parse("2000-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void theMyNumberIsNotPrintedForAProcedureTheResidentDidNotComeFor() {
        String visitId = json(http().asKiosk().postJson("/api/visits", CheckInFixture.json(
                new CheckIn(CheckInFixture.resident(), "move-within", List.of("juminhyo-request"))))).get("visitId").asText();
        var attempt = http().asClerk().getBytes("/api/visits/" + visitId + "/forms/nhi-enroll.pdf");
        assertThat(attempt.statusCode()).isEqualTo(403);
        var numberForNoForm = http().asKiosk().postJson("/api/visits", CheckInFixture.json(
                new CheckIn(CheckInFixture.resident(), "move-within", List.of("juminhyo-request")).withMyNumber(MY_NUMBER)));
        assertThat(numberForNoForm.statusCode()).isEqualTo(422);
    }

    @Test
    void aSandboxedPageCannotDriveTheKiosk() throws IOException {
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader("Kiosk reader");
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();
        try (KioskApp kiosk = KioskApp.start(KioskSettings.of(URI.create("http://localhost:" + port),
                DemoCredentials.KIOSK_TOKEN).withPort(0), () -> factory, Optional.of(reader))) {
            HttpFixture page = new HttpFixture(kiosk.url().toString().replaceAll("/$", ""));
            assertThat(page.postJson("/api/reset", "", "Origin", "null").statusCode()).isEqualTo(403);
            assertThat(page.postJson("/api/demo/card/remove", "", "Origin", "null").statusCode()).isEqualTo(403);
            assertThat(page.postJson("/api/card/read", "{\"pin\":\"1234\"}", "Origin", "null").statusCode()).isEqualTo(403);
        }
    }

    @Test
    void aChangedRowOfTheAccessLogIsFound() {
        http().asClerk().get("/api/visits");
        long seq = jdbc.sql("select max(seq) from access_log").query(Long.class).single();
        String actor = jdbc.sql("select actor from access_log where seq = :s").param("s", seq).query(String.class).single();
        jdbc.sql("update access_log set actor = 'nobody' where seq = :s").param("s", seq).update();
        try {
            assertThat(verifier.verify().firstBroken()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(seq));
        } finally {
            jdbc.sql("update access_log set actor = :a where seq = :s").param("a", actor).param("s", seq).update();
        }
    }
}

package jp.kakanai.server.queue;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.MovableClock;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.checklist.ChecklistFixture;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.IdempotencyKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The town's office day over real HTTP with the production defaults (reception ends 17:15, the day 20:00) on a
 * server of its own (the shared one keeps reception open around the clock), its clock moved by the test to days
 * in the past, one day per test; the test that reads a report has the latest (days before the clock's today are
 * rolled up whenever anything asks, e.g. the congestion page's twelve weeks, and a clock moved back to such a
 * day would find it settled, which real time never does): no ticket after reception ends, whatever the way it would be issued, nothing
 * stored; a replay of a check-in acknowledged before still answers; those who came in time are served, taken
 * over and moved to another department until the day ends, and closed then.
 */
@SpringBootTest(classes = KakanaiServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(ServerHttpTest.TestClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OfficeHoursOverHttpTest {
    private static final Path DATA_DIR = ServerHttpTest.temporaryDataDir();
    private static final Map<String, String> DESK = Map.of("counter", "2番窓口");
    private static final String CLOSED = "本日の受付は17時15分で終了しました。";

    @LocalServerPort
    private int port;
    @Autowired
    private MovableClock clock;
    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void townDefaults(DynamicPropertyRegistry registry) {
        ServerHttpTest.serverProperties(registry, DATA_DIR);
        registry.add("kakanai.queue.reception-ends", () -> "17:15");
        registry.add("kakanai.queue.closing-time", () -> "20:00");
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aCheckInAt171459GetsATicketAt171500ARefusalAndNothingIsStoredAndTheEarlierOneReplays() {
        LocalDate day = LocalDate.of(2021, 2, 1);
        clock.moveTo(at(day, "10:00"));
        checkIn(schoolTransfer(), "warm-up-" + UUID.randomUUID()); // the first request of a context is the slowest
        clock.stopAt(at(day, "17:14:59"));
        String key = "before-closing-" + UUID.randomUUID();
        JsonNode ticket = json(checkIn(schoolTransfer(), key));
        int visits = visitsOf(day);

        clock.stopAt(at(day, "17:15:00"));
        HttpResponse<String> late = http().asKiosk().postJson("/api/visits", CheckInFixture.json(schoolTransfer()),
                IdempotencyKey.HEADER, "after-closing-" + UUID.randomUUID());
        assertRefused(late);
        assertThat(visitsOf(day)).as("nothing stored").isEqualTo(visits);
        assertThat(lastNumber(day, "E")).as("the refused number is not used up").isEqualTo(2);

        HttpResponse<String> replay = checkIn(schoolTransfer(), key);
        assertThat(replay.statusCode()).as("a retry of the 17:14:59 check-in, e.g. after a crash").isEqualTo(200);
        assertThat(json(replay).get("visitId")).isEqualTo(ticket.get("visitId"));
        assertThat(json(replay).get("ticketNumber")).isEqualTo(ticket.get("ticketNumber"));
    }

    @Test
    void aCheckInBegunBeforeReceptionEndsIsRefusedWhenItsNumberIsTakenAfter() throws Exception {
        LocalDate day = LocalDate.of(2021, 3, 2);
        clock.stopAt(at(day, "17:14:59"));
        CompletableFuture<HttpResponse<String>> checkIn;
        try (Connection other = dataSource.getConnection()) {
            // Another check-in of 学務課 holds the prefix's ticket lock; this one waits for it, begun before 17:15.
            other.setAutoCommit(false);
            other.createStatement().executeQuery("select prefix from ticket_series where prefix = 'E' for update");
            checkIn = http().asKiosk().postJsonAsync("/api/visits", CheckInFixture.json(schoolTransfer()));
            waitUntilBlocked();
            clock.stopAt(at(day, "17:15:00"));
            other.commit();
        }
        assertRefused(checkIn.get());
        assertThat(visitsOf(day)).isZero();
    }

    @Test
    void thoseWhoCameInTimeAreServedMovedOnAndTakenOverAfterReceptionEndsAndClosedAtTheDaysEnd() {
        LocalDate day = LocalDate.of(2021, 12, 8);
        clock.moveTo(at(day, "17:10"));
        JsonNode twoDepartments = json(checkIn(new CheckIn(CheckInFixture.resident(), "move-in",
                List.of("resident-move-in", "nhi-enroll")), "two-" + UUID.randomUUID()));
        JsonNode stillWaiting = json(checkIn(schoolTransfer(), "waiting-" + UUID.randomUUID()));
        JsonNode takenOver = json(checkIn(schoolTransfer(), "taken-over-" + UUID.randomUUID()));
        String visit = twoDepartments.get("visitId").asText();
        ChecklistFixture.keepOnly(http().asClerk(), visit, Set.of("resident-move-in", "nhi-enroll"));

        clock.moveTo(at(day, "17:40"));
        HttpFixture clerk = http().asClerk();
        assertThat(json(clerk.postJson("/api/queue/shimin/call-next", DESK)).get("visitId").asText()).isEqualTo(visit);
        assertThat(step(visit, "start")).isEqualTo(200);
        assertThat(step(visit, "procedures/resident-move-in/done")).isEqualTo(200);
        HttpResponse<String> moved = clerk.postJson("/api/queue/visits/" + visit + "/finish", DESK);
        assertThat(moved.statusCode()).as("a transfer serves someone already in: " + moved.body()).isEqualTo(200);
        assertThat(json(moved).get("department").asText()).isEqualTo("hoken-nenkin");
        HttpResponse<String> takeOver = clerk.postJson("/api/interviews/take-over",
                Map.of("ticketNumber", takenOver.get("ticketNumber").asText()));
        assertThat(takeOver.statusCode()).as("the clerk takes a 17:10 ticket over at 17:40: " + takeOver.body())
                .isEqualTo(200);

        clock.moveTo(at(day, "19:59"));
        assertThat(gakumuWaiting()).as("still waiting a minute before the day ends").isOne();
        clock.moveTo(at(day, "20:00:30"));
        assertThat(gakumuWaiting()).as("closed at the day's end").isZero();
        assertThat(step(stillWaiting.get("visitId").asText(), "recall")).isEqualTo(409);
        assertThat(step(visit, "start")).as("the moved ticket too").isEqualTo(409);

        clock.moveTo(at(day.plusDays(1), "09:00"));
        JsonNode report = json(http().asManager().get("/api/manager/report?from=" + day + "&to=" + day));
        assertThat(report.get("arrivals").asInt()).as(report.toString()).isEqualTo(3);
        assertThat(report.get("closedAtDayEnd").asInt()).as("all three, closed at 20:00").isEqualTo(3);
        assertThat(report.get("visitTime").get("maxSeconds").asInt()).as("17:10 to 20:00")
                .isBetween(169 * 60, 170 * 60);
    }

    @Test
    void everyOtherWayToANewTicketIsRefusedAfterReceptionEnds() {
        LocalDate day = LocalDate.of(2021, 5, 6);
        clock.moveTo(at(day, "17:15:01"));
        // A home QR's facts reach the server as a check-in (the kiosk reads the code), with the kana it carries.
        assertRefused(http().asKiosk().postJson("/api/visits", CheckInFixture.json(
                schoolTransfer().withKana("カケナイ ナイコ"))));
        assertRefused(http().asClerk().postJson("/api/interviews", Map.of("lifeEvent", "move-in", "source", "typed",
                "resident", Map.of("name", "中村 千代", "kana", "ナカムラ チヨ", "birthDate", "1941-07-07",
                        "sex", "2", "address", "静岡県下田市二丁目8番9号", "postcode", "415-0022",
                        "phone", "0558-22-5555"))));
        assertRefused(http().asKiosk().sendJson("PUT", "/api/kiosk/help-requests/" + UUID.randomUUID(),
                "{\"reason\":\"pin-locked\"}"));
        assertRefused(http().asKiosk().postJson("/api/tickets", "{\"purpose\": \"certificate\"}",
                IdempotencyKey.HEADER, UUID.randomUUID().toString()));
        assertThat(visitsOf(day)).isZero();
        assertThat(json(http().asClerk().get("/api/tickets?date=" + day))).isEmpty();
    }

    @Test
    void theOfficeHoursAreAnsweredToAnyoneAndSayWhetherReceptionIsOpen() {
        LocalDate day = LocalDate.of(2021, 6, 4);
        clock.moveTo(at(day, "17:14"));
        HttpResponse<String> open = http().get("/api/office-hours");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=30"));
        JsonNode hours = json(open);
        assertThat(hours.get("date").asText()).isEqualTo(day.toString());
        assertThat(hours.get("receptionEnds").asText()).isEqualTo("17:15");
        assertThat(hours.get("dayEnds").asText()).isEqualTo("20:00");
        assertThat(Instant.parse(hours.get("receptionEndsAt").asText())).isEqualTo(at(day, "17:15"));
        assertThat(hours.get("receptionOpen").asBoolean()).isTrue();
        clock.moveTo(at(day, "17:15"));
        assertThat(json(http().get("/api/office-hours")).get("receptionOpen").asBoolean()).isFalse();
    }

    private void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        JsonNode body = json(response);
        assertThat(body.get("code").asText()).isEqualTo(OfficeDay.RECEPTION_CLOSED);
        assertThat(body.get("error").asText()).startsWith(CLOSED).contains("次の開庁日");
    }

    private void waitUntilBlocked() throws Exception {
        try (Connection look = dataSource.getConnection()) {
            for (int i = 0; i < 200; i++) {
                var rs = look.createStatement().executeQuery(
                        "select count(*) from information_schema.sessions where blocker_id is not null");
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
                Thread.sleep(25);
            }
        }
        throw new AssertionError("the check-in never waited for the ticket lock");
    }

    private static CheckIn schoolTransfer() {
        return new CheckIn(CheckInFixture.resident(), "move-in", List.of("school-transfer"));
    }

    private HttpResponse<String> checkIn(CheckIn checkIn, String key) {
        HttpResponse<String> created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn),
                IdempotencyKey.HEADER, key);
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        return created;
    }

    private int step(String visitId, String action) {
        return http().asClerk().postJson("/api/queue/visits/" + visitId + "/" + action, DESK).statusCode();
    }

    private int gakumuWaiting() {
        for (JsonNode department : json(http().get("/api/board"))) {
            if (department.get("department").asText().equals("gakumu")) {
                return department.get("waiting").asInt();
            }
        }
        throw new AssertionError("no gakumu on the board");
    }

    private int visitsOf(LocalDate day) {
        return json(http().asClerk().get("/api/visits?date=" + day)).size();
    }

    private int lastNumber(LocalDate day, String prefix) {
        return JdbcClient.create(dataSource).sql("select last_number from ticket_counter where ticket_day = ? and prefix = ?")
                .params(day, prefix).query(Integer.class).single();
    }

    private HttpFixture http() {
        return new HttpFixture("http://localhost:" + port);
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(OfficeClock.ZONE).toInstant();
    }
}

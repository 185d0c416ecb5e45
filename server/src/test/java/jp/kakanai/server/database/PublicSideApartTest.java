package jp.kakanai.server.database;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import jp.kakanai.publicside.PublicSide;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.townpack.PackUploads;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public side run apart (issue 19 §5) as a town runs it: the staff server on PostgreSQL, granting the public
 * side's own database user what it needs, and the public application started on its own (its own Spring context,
 * its own settings file, that user). It shows the queue a kiosk's check-in joined and books a slot the staff side
 * sees; it has no staff API or page (404), sets no cookie, its user can read no table with a resident's data, and
 * it will not start with a user that could; a town pack version a manager switches on the staff side is in its
 * answers within a second or two.
 */
class PublicSideApartTest {
    private static final String PUBLIC_USER = "kakanai_public";
    private static LocalPostgres postgres;
    private static ConfigurableApplicationContext staff;
    private static ConfigurableApplicationContext publicSide;

    @BeforeAll
    static void startBothSides(@TempDir Path dataDir) throws IOException, SQLException {
        postgres = LocalPostgres.start();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("kakanai"), LocalPostgres.USER, "")) {
            connection.createStatement().execute("create role " + PUBLIC_USER + " login");
        }
        staff = new SpringApplicationBuilder(KakanaiServer.class).profiles("demo", "postgres")
                .run("--server.port=0", "--kakanai.data-dir=" + dataDir,
                        "--spring.datasource.url=" + postgres.jdbcUrl("kakanai"),
                        "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password=",
                        "--kakanai.public-side.database-user=" + PUBLIC_USER);
        publicSide = PublicSide.run(publicSideArguments(PUBLIC_USER));
    }

    private static String[] publicSideArguments(String user) {
        return new String[] {"--server.port=0", "--spring.datasource.url=" + postgres.jdbcUrl("kakanai"),
                "--spring.datasource.username=" + user, "--spring.datasource.password=",
                // Every request here comes from 127.0.0.1; the limit itself is PublicRateLimitFilterTest's.
                "--kakanai.rate-limit.per-minute=1000000"};
    }

    @AfterAll
    static void stop() throws IOException {
        for (var context : new ConfigurableApplicationContext[] {publicSide, staff}) {
            if (context != null) {
                context.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theBoardAndATicketsStatusComeFromTheStaffSidesSnapshot() throws InterruptedException {
        var checkIn = http(staff).asKiosk().postJson("/api/visits", CheckInFixture.moveInJson());
        assertThat(checkIn.statusCode()).as(checkIn.body()).isEqualTo(201);
        String ticket = json(checkIn).get("ticketNumber").asText();

        JsonNode status = waitForTicketOnThePublicSide(ticket);
        assertThat(status.get("status").asText()).isEqualTo("WAITING");
        assertThat(status.get("departmentName").asText()).isEqualTo("市民課");
        var board = http(publicSide).get("/api/board");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("市民課").doesNotContain(CheckInFixture.resident().name(), "visitId");
        assertThat(http(publicSide).get("/api/congestion").statusCode()).isEqualTo(200);
        for (String path : List.of("/api/board", "/api/board/tickets/" + ticket, "/api/congestion")) {
            assertThat(notModifiedWithinTheSecond(path)).as(path + " answered 304 to its own ETag").isTrue();
        }
    }

    /** Within the one second the public side caches the snapshot, the tag just received is answered with 304. */
    private static boolean notModifiedWithinTheSecond(String path) {
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> first = http(publicSide).get(path);
            String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            HttpResponse<String> again = http(publicSide).get(path, "If-None-Match", tag);
            if (again.statusCode() == 304) {
                return again.body().isEmpty();
            }
        }
        return false;
    }

    @Test
    void aSlotBookedOnThePublicSideIsTheStaffSidesBooking() {
        JsonNode day = json(http(publicSide).get("/api/reservations/slots?item=certificate")).get(0);
        JsonNode slot = day.get("slots").get(0);
        var booked = http(publicSide).postJson("/api/reservations", "{\"item\": \"certificate\", \"date\": \""
                + day.get("date").asText() + "\", \"time\": \"" + slot.get("time").asText() + "\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String code = json(booked).get("code").asText();

        assertThat(json(http(staff).get("/api/reservations/" + code)).get("status").asText()).isEqualTo("BOOKED");
        assertThat(http(publicSide).postJson("/api/reservations/" + code + "/cancel", "").statusCode()).isEqualTo(204);
        assertThat(json(http(staff).get("/api/reservations/" + code)).get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aResidentMakesTheHomeQrCodeThere() {
        var qr = http(publicSide).postJson("/api/home-qr", """
                {"lifeEvent": "move-in", "resident": {"name": "山田 花子", "kana": "ヤマダ ハナコ",
                 "address": "東京都千代田区千代田1-1", "birthDate": "1990-04-01", "sex": "2"}, "answers": {}}""");
        assertThat(qr.statusCode()).as(qr.body()).isEqualTo(200);
        assertThat(json(qr).get("payload").asText()).startsWith("KKN1:");
    }

    @Test
    void thePublicPagesAnswerWithTheirHeadersAndNoCookie() {
        for (String page : List.of("/board/", "/board/ticket.html", "/congestion/", "/reserve/", "/home/",
                "/js/labels.js", "/api/town", "/api/health")) {
            var response = http(publicSide).get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("127.0.0.1"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page).hasValue("no-referrer");
            assertThat(response.headers().allValues("Set-Cookie")).as(page).isEmpty();
        }
    }

    @Test
    void noStaffApiOrPageExistsThere() {
        HttpFixture anyone = http(publicSide);
        HttpFixture clerk = http(publicSide).asClerk();
        for (String path : List.of("/api/visits", "/api/visits/" + java.util.UUID.randomUUID(), "/api/interviews/x",
                "/api/access-log", "/api/admin/accounts", "/api/manager/report", "/api/privacy/purge", "/api/account",
                "/api/navigation/life-events", "/api/forms", "/api/addresses/check", "/api/tickets/purposes",
                "/staff/", "/staff/index.html", "/manager/", "/admin/", "/audit/", "/account/", "/login.html",
                "/js/staff.js", "/js/interview.js", "/oauth2/authorization/town", "/api/town/versions")) {
            assertThat(anyone.get(path).statusCode()).as(path).isEqualTo(404);
            assertThat(clerk.get(path).statusCode()).as("with a clerk's password: " + path).isEqualTo(404);
        }
        // the town's 町字 list is public: the home page's address picker reads it (the town pack's version in force)
        assertThat(anyone.get("/api/addresses/town").statusCode()).isEqualTo(200);
        for (String path : List.of("/api/visits", "/api/tickets", "/login", "/logout", "/api/admin/backup")) {
            assertThat(anyone.asKiosk().postJson(path, CheckInFixture.moveInJson()).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void itsDatabaseUserReadsThePublishedQueueAndNoResidentsData() {
        JdbcClient jdbc = JdbcClient.create(publicSide.getBean(DataSource.class));
        assertThat(jdbc.sql("select count(*) from public_snapshot").query(Integer.class).single()).isOne();
        for (String sql : List.of("select count(*) from visit", "select count(*) from visit_my_number",
                "select count(*) from visit_facts", "select count(*) from access_log", "select count(*) from staff_account",
                "select count(*) from spring_session", "select count(*) from queue_event",
                "select visit_id from reservation")) {
            assertThatThrownBy(() -> jdbc.sql(sql).query().singleValue()).as(sql).hasStackTraceContaining("permission denied for");
        }
        for (String sql : List.of("update public_snapshot set content = null", "delete from reservation",
                "update reservation set visit_id = null", "insert into visit (id) values ('x')")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).hasStackTraceContaining("permission denied for");
        }
    }

    @Test
    void itReadsItsOwnSettingsNeverTheStaffServers() {
        assertThat(publicSide.getEnvironment().getProperty("spring.application.name")).isEqualTo("kakanai-public");
        assertThat(publicSide.getEnvironment().getProperty("kakanai.data-dir")).isNull();
        assertThat(publicSide.getEnvironment().getProperty("spring.datasource.username")).isEqualTo(PUBLIC_USER);
    }

    @Test
    void itRefusesToStartWithAUserThatCanReadTheStaffTables() throws SQLException {
        assertThatThrownBy(() -> PublicSide.run(publicSideArguments(LocalPostgres.USER)).close())
                .hasStackTraceContaining("can read the staff side's tables [visit, visit_facts");
        // A table no list names, granted by hand: the grants themselves give it away.
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("kakanai"), LocalPostgres.USER, "")) {
            connection.createStatement().execute("create role kakanai_public_wide login");
            connection.createStatement().execute("grant " + PUBLIC_USER + " to kakanai_public_wide");
            connection.createStatement().execute("grant select on queue_rollup_day to kakanai_public_wide");
        }
        assertThatThrownBy(() -> PublicSide.run(publicSideArguments("kakanai_public_wide")).close())
                .hasStackTraceContaining("can read the staff side's tables [queue_rollup_day]");
    }

    @Test
    void aTownPackVersionSwitchedOnTheStaffSideIsFollowedByThePublicSide() throws InterruptedException {
        HttpFixture manager = http(staff).asManager();
        int original = json(manager.get("/api/town/versions")).get("inForce").asInt();
        byte[] edited = new PackUploads()
                .edit("departments.json", t -> t.replaceFirst("\"ja\": \"市民課\"", "\"ja\": \"市民窓口課\""))
                .edit("queue/reservations.json", t -> t.replace("証明書（住民票の写し・印鑑登録証明書など）", "各種証明書"))
                .zip();
        try {
            var uploaded = manager.postBytes("/api/town/versions", "application/zip", edited);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            waitForThePublicSideOn(json(uploaded).get("sha256").asText());

            assertThat(shiminOnThePublicSide()).isEqualTo("市民窓口課");
            JsonNode items = json(http(publicSide).get("/api/reservations/items"));
            assertThat(items.findValues("name")).anySatisfy(name -> assertThat(name.get("ja").asText()).isEqualTo("各種証明書"));
            Instant until = Instant.now().plus(Duration.ofSeconds(10));
            // The board is the snapshot the staff side publishes (at most once a second), read through a 1 s cache.
            while (!http(publicSide).get("/api/board").body().contains("市民窓口課")) {
                assertThat(Instant.now()).as("the new name on the public board").isBefore(until);
                http(staff).get("/api/board");
                Thread.sleep(200);
            }
        } finally {
            var restored = manager.postJson("/api/town/versions/" + original + "/activate", "");
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
            waitForThePublicSideOn(json(manager.get("/api/town/versions")).get("sha256").asText());
        }
        assertThat(shiminOnThePublicSide()).isEqualTo("市民課");
    }

    /** The public side follows the version in force each second (TownPacks.follow under @EnableScheduling). */
    private static void waitForThePublicSideOn(String sha256) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!json(http(publicSide).get("/api/town")).get("hash").asText().equals(sha256)) {
            assertThat(Instant.now()).as("the public side on the pack " + sha256).isBefore(until);
            Thread.sleep(100);
        }
    }

    private static String shiminOnThePublicSide() {
        for (JsonNode department : json(http(publicSide).get("/api/town")).get("departments")) {
            if (department.get("id").asText().equals("shimin")) {
                return department.get("name").get("ja").asText();
            }
        }
        throw new AssertionError("no shimin in the public side's /api/town");
    }

    private static JsonNode waitForTicketOnThePublicSide(String ticket) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            // The staff side publishes when its own public answers are asked for (and every second on its own).
            http(staff).get("/api/board");
            HttpResponse<String> status = http(publicSide).get("/api/board/tickets/" + ticket);
            if (status.statusCode() == 200) {
                return json(status);
            }
            assertThat(Instant.now()).as("ticket " + ticket + " on the public side: " + status.body()).isBefore(until);
            Thread.sleep(200);
        }
    }

    private static HttpFixture http(ConfigurableApplicationContext context) {
        return new HttpFixture("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }
}

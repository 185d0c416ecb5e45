package jp.kakanai.server.database;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.MovableClock;
import jp.kakanai.server.checklist.ChecklistFixture;
import jp.kakanai.server.demo.DemoCredentials;
import jp.kakanai.server.publicqueue.PublicSnapshots;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.IdempotencyKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same migrations and the whole path on a real PostgreSQL, with two servers sharing it as a town
 * that outgrew one machine would run them: check-in (a retried one arriving at both servers at once), the
 * sealed My Number, the checklist, the queue across departments, the manager's report, a staff login seen
 * by the other server, and the retention purge. H2 runs everything else; this class proves the SQL is
 * portable, as the migrations claim.
 */
class TwoServersOnPostgresTest {
    private static final String MY_NUMBER = "471930582614";
    private static final Map<String, String> DESK = Map.of("counter", "1番窓口");
    private static LocalPostgres postgres;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startPostgresAndTwoServers(@TempDir Path dataDir) throws IOException {
        postgres = LocalPostgres.start();
        first = start(dataDir);
        second = start(dataDir);
    }

    @AfterAll
    static void stop() throws IOException {
        for (var server : new ConfigurableApplicationContext[] {second, first}) {
            if (server != null) {
                server.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyMigrationRanOnPostgres() throws IOException {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        List<String> applied = jdbc.sql("select script from flyway_schema_history where success and script like '%.sql' order by installed_rank")
                .query(String.class).list();
        var migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
        assertThat(applied).hasSize(migrations.length).contains("V1__visits.sql", "V20__checklist.sql");
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    }

    @Test
    void retriedCheckInArrivingAtBothServersAtOnceMakesOneVisit() {
        String key = UUID.randomUUID().toString();
        String body = CheckInFixture.json(moveIn().withMyNumber(MY_NUMBER));
        var a = http(first).asKiosk().postJsonAsync("/api/visits", body, IdempotencyKey.HEADER, key);
        var b = http(second).asKiosk().postJsonAsync("/api/visits", body, IdempotencyKey.HEADER, key);
        CompletableFuture.allOf(a, b).join();

        assertThat(List.of(a.join().statusCode(), b.join().statusCode())).as(a.join().body() + " / " + b.join().body())
                .containsExactlyInAnyOrder(201, 200);
        assertThat(json(a.join())).isEqualTo(json(b.join()));
        String visitId = json(a.join()).get("visitId").asText();
        assertThat(first.getBean(JdbcClient.class).sql("select count(*) from check_in_key where idempotency_key = :key")
                .param("key", key).query(Integer.class).single()).isOne();

        var reused = http(second).asKiosk().postJson("/api/visits", CheckInFixture.json(moveIn()),
                IdempotencyKey.HEADER, key);
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(json(http(second).asClerk().get("/api/visits/" + visitId)).get("myNumber").asText())
                .isEqualTo("********2614");
    }

    /**
     * The database's side of a race, made certain: a transaction holds the key uncommitted, the check-in
     * waits on the primary key, fails with a unique violation when it commits (which on PostgreSQL aborts
     * the check-in's transaction), and answers from the committed row: here a different request, so 422.
     */
    @Test
    void checkInWaitingOnAKeyAnotherTransactionHoldsAnswersFromThatTransaction() throws Exception {
        String key = UUID.randomUUID().toString();
        try (Connection holder = DriverManager.getConnection(postgres.jdbcUrl("kakanai"), LocalPostgres.USER, "");
             Connection observer = DriverManager.getConnection(postgres.jdbcUrl("kakanai"), LocalPostgres.USER, "")) {
            holder.setAutoCommit(false);
            try (var insert = holder.prepareStatement("insert into check_in_key (kiosk_id, idempotency_key, fingerprint,"
                    + " visit_id, created_at) values ('demo-kiosk', ?, ?, 'held-by-the-test', now())")) {
                insert.setString(1, key);
                insert.setString(2, "0".repeat(64));
                insert.executeUpdate();
            }
            var pending = http(second).asKiosk().postJsonAsync("/api/visits", CheckInFixture.json(moveIn()),
                    IdempotencyKey.HEADER, key);
            awaitLockWait(observer);
            holder.commit();

            var answer = pending.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
            assertThat(json(answer).get("field").asText()).isEqualTo(IdempotencyKey.HEADER);
        }
    }

    private static void awaitLockWait(Connection observer) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (var rs = observer.createStatement().executeQuery(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the check-in never waited on the held key");
    }

    @Test
    void residentGoesThroughTwoDepartmentsServedByTwoServersAndManagersSeeIt() throws IOException {
        HttpFixture atFirst = http(first).asClerk();
        HttpFixture atSecond = http(second).asClerk();
        var receipt = json(http(first).asKiosk().postJson("/api/visits",
                CheckInFixture.json(moveIn().withMyNumber(MY_NUMBER))));
        String visit = receipt.get("visitId").asText();
        var answered = http(second).asKiosk().sendJson("PUT", "/api/visits/" + visit + "/checklist/facts",
                "{\"version\": 0, \"myNumberCardRead\": true, \"household\": [], \"answers\": {\"health-insurance\":"
                        + " \"none\", \"pension-first-category\": \"no\", \"seal-wanted\": \"no\", \"dog\": \"no\","
                        + " \"juminhyo-wanted\": \"no\"}}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        ChecklistFixture.keepOnly(atFirst, visit, Set.of("resident-move-in", "nhi-enroll"));

        step(atFirst, "/api/queue/visits/" + visit + "/start", 200);
        step(atFirst, "/api/queue/visits/" + visit + "/procedures/resident-move-in/done", 200);
        JsonNode transferred = step(atSecond, "/api/queue/visits/" + visit + "/finish", 200);
        assertThat(transferred.get("department").asText()).isEqualTo("hoken-nenkin");
        assertThat(transferred.get("ticketNumber").asText()).startsWith("B-");

        assertThat(pdfText(atSecond, visit, "nhi-enroll")).contains(MY_NUMBER);
        step(atSecond, "/api/queue/visits/" + visit + "/start", 200);
        ChecklistFixture.setStatus(atFirst, visit, "nhi-enroll", "done");
        assertThat(atSecond.postJson("/api/queue/visits/" + visit + "/finish", DESK).statusCode()).isEqualTo(204);

        var report = http(first).asManager().get("/api/manager/report");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(json(report).get("arrivals").asInt()).isPositive();
        assertThat(http(second).asManager().get("/api/manager/live").statusCode()).isEqualTo(200);
        assertThat(http(second).asManager().get("/api/manager/report.csv").body()).startsWith("\uFEFFsection,department_id,department,group_id,group,count");
        assertThat(json(http(first).get("/api/health")).get("database").asText()).isEqualTo("UP");
    }

    @Test
    void retentionPurgeDeletesOnPostgres() {
        String visit = json(http(first).asKiosk().postJson("/api/visits",
                CheckInFixture.json(moveIn().withMyNumber(MY_NUMBER)))).get("visitId").asText();
        JdbcClient jdbc = second.getBean(JdbcClient.class);
        jdbc.sql("update visit_my_number set stored_at = :at where visit_id = :id").param("id", visit)
                .param("at", Instant.now().minus(Duration.ofDays(31)).atOffset(ZoneOffset.UTC)).update();

        var purge = http(second).asManager().postJson("/api/privacy/my-number/purge", "");
        assertThat(purge.statusCode()).as(purge.body()).isEqualTo(200);
        assertThat(json(purge).get("purged").asInt()).isOne();
        assertThat(json(http(first).asClerk().get("/api/visits/" + visit)).get("myNumber").isNull()).isTrue();
    }

    @Test
    void clerkLoggedInAtOneServerIsKnownToTheOther() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        browser.send(HttpRequest.newBuilder(uri(first, "/login.html")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + DemoCredentials.CLERK + "&password="
                + URLEncoder.encode(DemoCredentials.CLERK_PASSWORD, StandardCharsets.UTF_8);
        var login = browser.send(HttpRequest.newBuilder(uri(first, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        var atSecond = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(second, "/api/visits"))
                .header("Cookie", "SESSION=" + cookie(cookies, "SESSION")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(atSecond.statusCode()).as(atSecond.body()).isEqualTo(200);
    }

    /**
     * A town pack uploaded at one server is in force at both: the other follows the database within its
     * refresh interval, and a visit checked in there afterwards is on the new version. Both servers started
     * on an empty database, and the start-up pack became version 1 once.
     */
    @Test
    void aPackUploadedAtOneServerIsInForceAtBoth() throws Exception {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from town_pack_version where source = 'seed'").query(Integer.class).single())
                .isOne();
        int original = json(http(second).asManager().get("/api/town/versions")).get("inForce").asInt();
        byte[] edited = jp.kakanai.server.townpack.PackUploads.sampleWith("town.json",
                t -> t.replace("\"ja\": \"かかない町\"", "\"ja\": \"かかない町（二台目確認）\""));
        var uploaded = http(first).asManager().postBytes("/api/town/versions", "application/zip", edited);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String hash = json(uploaded).get("sha256").asText();
        try {
            awaitHash(second, hash);
            String visit = json(http(second).asKiosk().postJson("/api/visits", CheckInFixture.json(moveIn())))
                    .get("visitId").asText();
            assertThat(jdbc.sql("select sha256 from visit_town_pack where visit_id = :id").param("id", visit)
                    .query(String.class).single()).isEqualTo(hash);
        } finally {
            assertThat(http(second).asManager().postJson("/api/town/versions/" + original + "/activate", "")
                    .statusCode()).isEqualTo(200);
        }
        awaitHash(first, json(http(second).get("/api/town")).get("hash").asText());
    }

    private static void awaitHash(ConfigurableApplicationContext server, String hash) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (json(http(server).get("/api/town")).get("hash").asText().equals(hash)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not switch to the town pack " + hash + " within 10 s");
    }

    /**
     * The public answers of both servers come from the one published snapshot: a call made at one server
     * shows on the other's phone page, answers of the same snapshot are identical, and while phones poll
     * both servers as fast as they can, the snapshot is looked at once a second in all and each server reads
     * the table at most once a second.
     */
    @Test
    void bothServersAnswerFromOneSnapshotPublishedAtMostOnceASecond() throws Exception {
        String ticket = json(http(first).asKiosk().postJson("/api/visits", CheckInFixture.json(moveIn())))
                .get("ticketNumber").asText();
        for (int calls = 0; !statusAt(second, ticket).equals("CALLED"); calls++) {
            assertThat(calls).as("called before the queue runs dry").isLessThan(100);
            // 204 once nobody waits: the call has happened, the other server's snapshot is a second behind.
            assertThat(http(first).asClerk().postJson("/api/queue/shimin/call-next", Map.of("counter", "5番窓口"))
                    .statusCode()).isIn(200, 204);
            Thread.sleep(200);
        }
        assertThat(ticketAt(first, ticket).get("counter").asText()).isEqualTo("5番窓口");

        JdbcClient jdbc = first.getBean(JdbcClient.class);
        long readsBefore = tableReads(first) + tableReads(second);
        TreeSet<Instant> checks = new TreeSet<>();
        ExecutorService phones = Executors.newFixedThreadPool(8);
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        try {
            for (int i = 0; i < 8; i++) {
                ConfigurableApplicationContext server = i % 2 == 0 ? first : second;
                phones.submit(() -> {
                    while (System.nanoTime() < end) {
                        http(server).get("/api/board/tickets/" + ticket);
                    }
                });
            }
            while (System.nanoTime() < end) {
                checks.add(jdbc.sql("select checked_at from public_snapshot where id = 1")
                        .query(OffsetDateTime.class).single().toInstant());
                Thread.sleep(20);
            }
        } finally {
            phones.shutdown();
            assertThat(phones.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        Instant previous = null;
        for (Instant check : checks) {
            if (previous != null) {
                assertThat(Duration.between(previous, check)).as("between two looks at the queue")
                        .isGreaterThanOrEqualTo(Duration.ofMillis(999));
            }
            previous = check;
        }
        assertThat(tableReads(first) + tableReads(second) - readsBefore).as("table reads of both servers in 3 s")
                .isBetween(2L, 2L * 4);

        for (int tries = 0; ; tries++) {
            var atFirst = http(first).get("/api/congestion");
            var atSecond = http(second).get("/api/congestion");
            if (json(atFirst).get("asOf").equals(json(atSecond).get("asOf"))) {
                assertThat(atSecond.body()).isEqualTo(atFirst.body());
                break;
            }
            assertThat(tries).as("both servers answer from the same snapshot within a few tries").isLessThan(50);
        }
    }

    /**
     * A visit without a checklist opened at both servers at once: one creates it, the other's insert fails on
     * the key, which on PostgreSQL aborts a transaction — only its savepoint is rolled back, and it answers
     * with the checklist the first one made.
     */
    @Test
    void aMissingChecklistOpenedAtBothServersAtOnceIsCreatedOnce() {
        String visit = json(http(first).asKiosk().postJson("/api/visits", CheckInFixture.json(moveIn())))
                .get("visitId").asText();
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        jdbc.sql("delete from checklist where visit_id = :visit").param("visit", visit).update();

        List<CompletableFuture<HttpResponse<String>>> answers = List.of(first, second, first, second).stream()
                .map(server -> http(server).asClerk().getAsync("/api/visits/" + visit + "/checklist")).toList();

        answers.forEach(answer -> assertThat(answer.join().statusCode()).as(answer.join().body()).isEqualTo(200));
        assertThat(jdbc.sql("select count(*) from checklist_event where visit_id = :visit and action = 'created'")
                .param("visit", visit).query(Integer.class).single()).isOne();
    }

    private static JsonNode ticketAt(ConfigurableApplicationContext server, String ticket) {
        var answer = http(server).get("/api/board/tickets/" + ticket);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    /**
     * The ticket's status on that server's phone page; "" while its snapshot, up to a second old, is from before
     * the check-in (404 then, as for a ticket not issued yet).
     */
    private static String statusAt(ConfigurableApplicationContext server, String ticket) {
        var answer = http(server).get("/api/board/tickets/" + ticket);
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 404);
        return answer.statusCode() == 200 ? json(answer).get("status").asText() : "";
    }

    private static long tableReads(ConfigurableApplicationContext server) {
        return server.getBean(PublicSnapshots.class).tableReads();
    }

    /**
     * A Friday's tickets, taken at both servers, are still open when the next office day begins: the first calls
     * of Monday, at both servers at once, close each of them exactly once (at Friday's closing time), and
     * Monday's numbers start at 1 whichever server issues them.
     */
    @Test
    void bothServersCloseAPastDaysTicketsOnceAndTheNextDayNumbersFromOne() {
        java.time.LocalDate friday = java.time.LocalDate.of(2021, 2, 5);
        try {
            CLOCK.moveTo(friday.atTime(16, 0).atZone(jp.kakanai.server.OfficeClock.ZONE).toInstant());
            List<String> visits = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                var server = i % 2 == 0 ? first : second;
                visits.add(json(http(server).asKiosk().postJson("/api/visits", CheckInFixture.json(schoolTransfer())))
                        .get("visitId").asText());
            }
            CLOCK.moveTo(friday.plusDays(3).atTime(8, 35).atZone(jp.kakanai.server.OfficeClock.ZONE).toInstant());
            var a = http(first).asClerk().postJsonAsync("/api/queue/gakumu/call-next", "{\"counter\": \"1番窓口\"}");
            var b = http(second).asClerk().postJsonAsync("/api/queue/gakumu/call-next", "{\"counter\": \"2番窓口\"}");
            assertThat(List.of(a.join().statusCode(), b.join().statusCode())).as("nothing of Friday to call")
                    .containsExactly(204, 204);

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select visit_id, count(*) from queue_event where event_type = 'CLOSED_AT_DAY_END'"
                            + " and visit_id in (:visits) group by visit_id").param("visits", visits)
                    .query((rs, n) -> rs.getInt(2)).list()).hasSize(6).containsOnly(1);
            String monday = json(http(second).asKiosk().postJson("/api/visits", CheckInFixture.json(schoolTransfer())))
                    .get("ticketNumber").asText();
            assertThat(monday).isEqualTo("E-001");
        } finally {
            CLOCK.reset();
        }
    }

    private static CheckIn schoolTransfer() {
        return new CheckIn(CheckInFixture.resident(), "move-in", List.of("school-transfer"));
    }

    private static CheckIn moveIn() {
        return new CheckIn(CheckInFixture.resident(), "move-in", List.of("resident-move-in", "nhi-enroll"));
    }

    private static JsonNode step(HttpFixture clerk, String path, int status) {
        var response = clerk.postJson(path, DESK);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return json(response);
    }

    private static String pdfText(HttpFixture clerk, String visit, String form) throws IOException {
        var response = clerk.getBytes("/api/visits/" + visit + "/forms/" + form + ".pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    /** Both servers' clock: real time unless a test moves it (then both move, as synchronised servers would). */
    private static final MovableClock CLOCK = new MovableClock();

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(KakanaiServer.class).profiles("demo", "postgres")
                .initializers(context -> ((GenericApplicationContext) context).registerBean("movableClock", Clock.class,
                        () -> CLOCK, definition -> definition.setPrimary(true)))
                .run("--server.port=0", "--kakanai.data-dir=" + dataDir, "--kakanai.rate-limit.per-minute=1000000",
                        "--spring.datasource.url=" + postgres.jdbcUrl("kakanai"),
                        "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password=");
    }

    private static URI uri(ConfigurableApplicationContext server, String path) {
        return URI.create(base(server) + path);
    }

    private static String base(ConfigurableApplicationContext server) {
        return "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    private static HttpFixture http(ConfigurableApplicationContext server) {
        return new HttpFixture(base(server));
    }
}

package jp.kakanai.server.queue;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.checklist.ChecklistFixture;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The morning rush (issue 14 §2, issue 18 §3): 100 check-ins into a department and 100 transfers into
 * another, all at once and all the first of the day there, so every one of them may be the one that creates
 * the day's counter. All succeed, no number is issued twice or skipped, and each department's numbers follow
 * the recorded arrival times.
 */
class FirstTicketsOfTheDayTest extends ServerHttpTest {
    private static final int EACH = 100;
    private static final Map<String, String> DESK = Map.of("counter", "1番窓口");
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void hundredFirstOfDayCheckInsAndTransfersAllGetTheirNumbersInArrivalOrder() throws Exception {
        // A day no other test uses, so that no counter of it exists yet: 10:00 in Tokyo, 1000 days ago (in the
        // past, so that these visits are out of the live queues of the tests that follow).
        LocalDate day = LocalDate.now(OfficeClock.ZONE).minusDays(1000);
        clock.moveTo(day.atTime(LocalTime.of(10, 0)).atZone(OfficeClock.ZONE).toInstant());
        HttpFixture kiosk = http().asKiosk();
        HttpFixture clerk = http().loggedInAsClerk();
        List<String> servedAtShimin = servedAtShiminWithGakumuNext(kiosk, clerk);

        List<CompletableFuture<HttpResponse<String>>> rush = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            // 環境衛生課 (F) opens its day with these check-ins, 学務課 (E) with these transfers.
            rush.add(kiosk.postJsonAsync("/api/visits", dogRegistration(i)));
            rush.add(clerk.postJsonAsync("/api/queue/visits/" + servedAtShimin.get(i) + "/finish",
                    "{\"counter\": \"1番窓口\"}"));
        }
        CompletableFuture.allOf(rush.toArray(CompletableFuture[]::new)).join();

        for (var answer : rush) {
            assertThat(answer.join().statusCode()).as(answer.join().body()).isIn(200, 201);
        }
        assertThat(rush.stream().map(a -> json(a.join()).get("ticketNumber").asText()).filter(t -> t.startsWith("F-")))
                .hasSize(EACH).doesNotHaveDuplicates();
        assertNumbersFollowArrivals(day, "F", jdbc.sql("select ticket_number, checked_in_at from visit"
                + " where visit_date = :day and ticket_number like 'F-%'").param("day", day)
                .query((rs, row) -> new Issued(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list());
        assertNumbersFollowArrivals(day, "E", jdbc.sql("select ticket_number, occurred_at from queue_event"
                + " where event_type = 'TRANSFERRED' and ticket_number like 'E-%' and occurred_at >= :from")
                .param("from", day.atStartOfDay(OfficeClock.ZONE).toOffsetDateTime())
                .query((rs, row) -> new Issued(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list());
    }

    private record Issued(String ticket, Instant at) {
        int number() {
            return TicketNumber.parse(ticket).number();
        }
    }

    /** Numbers 1…100 of the day, each issued no earlier than the one before it. */
    private static void assertNumbersFollowArrivals(LocalDate day, String prefix, List<Issued> issued) {
        List<Issued> byNumber = issued.stream().sorted(Comparator.comparingInt(Issued::number)).toList();
        assertThat(byNumber).extracting(Issued::number).as(prefix + " on " + day)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, EACH).boxed().toList());
        for (int i = 1; i < byNumber.size(); i++) {
            assertThat(byNumber.get(i).at()).as(byNumber.get(i).ticket() + " issued after " + byNumber.get(i - 1).ticket())
                    .isAfterOrEqualTo(byNumber.get(i - 1).at());
        }
    }

    /**
     * 100 residents moving within the town, served at 市民課 with everything there settled, so that "finish"
     * sends each on to 学務課 (school transfer, the next department on the checklist). Prepared ten at a time.
     */
    private List<String> servedAtShiminWithGakumuNext(HttpFixture kiosk, HttpFixture clerk) throws Exception {
        ExecutorService desks = Executors.newFixedThreadPool(10);
        try {
            List<CompletableFuture<String>> prepared = IntStream.range(0, EACH).mapToObj(i ->
                    CompletableFuture.supplyAsync(() -> {
                        String visit = json(kiosk.postJson("/api/visits", moveWithin(i))).get("visitId").asText();
                        assertThat(clerk.postJson("/api/queue/visits/" + visit + "/start", DESK).statusCode()).isEqualTo(200);
                        settleAtShiminExceptTheMove(clerk, visit);
                        var done = clerk.postJson("/api/queue/visits/" + visit + "/procedures/resident-move-within/done", DESK);
                        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
                        return visit;
                    }, desks)).toList();
            return prepared.stream().map(CompletableFuture::join).toList();
        } finally {
            desks.shutdown();
        }
    }

    /** One read of the checklist, then 市民課's other items not needed (ChecklistFixture reads it per item). */
    private static void settleAtShiminExceptTheMove(HttpFixture clerk, String visit) {
        for (var department : ChecklistFixture.checklist(clerk, visit).get("departments")) {
          for (var item : department.get("items")) {
            if (department.get("id").asText().equals("shimin") && item.get("status").asText().equals("todo")
                    && !item.get("id").asText().equals("resident-move-within")) {
                var settled = clerk.sendJson("PATCH", "/api/visits/" + visit + "/checklist/items/" + item.get("id").asText(),
                        "{\"version\": " + item.get("version").asInt() + ", \"status\": \"not-needed\","
                                + " \"notNeededReason\": \"窓口で確認済み\"}");
                assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
            }
          }
        }
    }

    private static String moveWithin(int i) {
        return CheckInFixture.json(new CheckIn(resident(i), "move-within", List.of("resident-move-within")));
    }

    private static String dogRegistration(int i) {
        return CheckInFixture.json(new CheckIn(resident(i), "move-within", List.of("dog-registration-change")));
    }

    private static BasicFourInfo resident(int i) {
        return new BasicFourInfo("朝一 番" + i, "東京都千代田区霞が関一丁目" + (i + 1) + "番", LocalDate.of(1970, 4, 1).plusDays(i),
                i % 2 == 0 ? Sex.MALE : Sex.FEMALE);
    }
}

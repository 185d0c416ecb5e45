package jp.kakanai.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The second half of the fuzz (issue 14 §3): requests the server accepts, each with exactly one thing wrong
 * ({@link OneMutation}) — one value anywhere replaced by a hostile one, one member removed or repeated, one
 * unknown member — so that the wrong value gets past every other check and meets the code that reads it.
 * None answered 5xx, every 400 a JSON error; some of each endpoint's are accepted (the bodies really are
 * near-valid: a removed optional member, a name that is fine) and some refused; the log never repeats a text.
 */
@ExtendWith(OutputCaptureExtension.class)
class OneWrongValueFuzzTest extends ServerHttpTest {
    private static final long SEED = 18;
    private static final String MARKER = "一点検査";
    private static final String FACTS = """
            {"version": 0, "myNumberCardRead": true,
             "household": [{"relationship": "spouse", "birthDate": "1961-04-01"}],
             "answers": {"health-insurance": "workplace", "pension-first-category": "no", "seal-wanted": "no",
                         "dog": "no", "juminhyo-wanted": "yes"}}
            """;
    private static final String NAVIGATION = """
            {"event": "move-in", "resident": {"birthDate": "1955-09-01", "myNumberCardRead": true},
             "household": [{"relationship": "spouse", "birthDate": "1956-03-01"}],
             "answers": {"health-insurance": "national", "seal-wanted": "no", "dog": "no", "juminhyo-wanted": "no"}}
            """;
    private static final String HOME_QR = """
            {"lifeEvent": "move-in",
             "resident": {"name": "吉田 花子", "kana": "ヨシダ ハナコ", "address": "東京都千代田区千代田1-1 𠮷野ハイツ101",
                          "birthDate": "1990-05-05", "sex": "2"},
             "answers": {"health-insurance": "national", "dog": "no"},
             "household": [{"relationship": "child", "birthDate": "2020-02-02", "name": "𠮷田 一太", "sex": "1"}]}
            """;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void validRequestsWithOneThingWrongGetNo5xx(CapturedOutput output) {
        // A day long past: the visits made here stay out of the other tests' live queues.
        clock.moveTo(LocalDate.now(OfficeClock.ZONE).minusDays(1900).atTime(LocalTime.NOON)
                .atZone(OfficeClock.ZONE).toInstant());
        HostileJson hostile = new HostileJson(MARKER);
        OneMutation mutation = new OneMutation(hostile.anyValue(), hostile::quoted);
        HttpFixture kiosk = http().asKiosk();
        HttpFixture resident = http().withXsrfToken();
        String[] visit = {newVisit(kiosk)};
        Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        Random random = new Random(SEED);
        JqwikSession.start();
        try {
            send("check-in", mutation.of(CheckInFixture.moveInJson()), random, statuses,
                    body -> kiosk.postJson("/api/visits", body));
            send("navigation", mutation.of(NAVIGATION), random, statuses, body -> kiosk.postJson("/api/navigation", body));
            send("home QR", mutation.of(HOME_QR), random, statuses, body -> resident.postJson("/api/home-qr", body));
            // Facts are answered once per checklist version: a fresh visit after each accepted answer.
            send("checklist facts", mutation.of(FACTS), random, statuses, body -> {
                HttpResponse<String> answer = kiosk.sendJson("PUT", "/api/visits/" + visit[0] + "/checklist/facts", body);
                if (answer.statusCode() == 200) {
                    visit[0] = newVisit(kiosk);
                }
                return answer;
            });
        } finally {
            JqwikSession.finish();
        }
        System.out.println("One-mutation statuses per endpoint: " + statuses);
        statuses.forEach((endpoint, counts) -> assertThat(counts.keySet()).as(endpoint + ": some accepted, some refused")
                .anyMatch(status -> status / 100 == 2).anyMatch(status -> status / 100 == 4));
        assertThat(output.getAll().replace("One-mutation statuses", "")).as("no log line repeats a sent text")
                .doesNotContain(MARKER);
    }

    private static void send(String endpoint, Arbitrary<String> bodies, Random random,
                             Map<String, Map<Integer, Integer>> statuses, Function<String, HttpResponse<String>> post) {
        var generator = bodies.generatorWithEmbeddedEdgeCases(1000);
        for (int i = 0; i < 400; i++) {
            String body = generator.next(random).value();
            HttpResponse<String> answer = post.apply(body);
            statuses.computeIfAbsent(endpoint, e -> new LinkedHashMap<>()).merge(answer.statusCode(), 1, Integer::sum);
            assertThat(answer.statusCode()).as(endpoint + " with " + body + " → " + answer.body()).isLessThan(500);
            if (answer.statusCode() == 400) {
                assertThat(HttpFixture.json(answer).has("error")).as(endpoint + ": errors are JSON, " + answer.body())
                        .isTrue();
            }
        }
    }

    private static String newVisit(HttpFixture kiosk) {
        return HttpFixture.json(kiosk.postJson("/api/visits", CheckInFixture.moveInJson())).get("visitId").asText();
    }
}

package jp.kakanai.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.demo.DemoCredentials;
import jp.kakanai.server.kiosk.DemoKiosk;
import jp.kakanai.server.visit.CheckInFixture;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No input makes a 500 (issue 14 §3): bodies generated with jqwik's arbitraries ({@link HostileJson}) —
 * well-formed requests with one field replaced by anything, wrong types, duplicate keys, lone surrogates,
 * bidirectional controls, invisible and overlong text, deep nesting, truncated and non-UTF-8 bytes — sent to
 * every public endpoint and every endpoint a kiosk may call on the server, and to every endpoint of a real
 * kiosk's local API. At least 10,000 requests, none answered 5xx, every 4xx a JSON error; and the log never
 * repeats a text that was sent. Generation is seeded, so a failure repeats; the failing body is in the message.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoInputMakesA500FuzzTest extends ServerHttpTest {
    private static final long SEED = 14;
    /** A marker in every generated text field, searched for in the log afterwards. */
    private static final String MARKER = "漏洩検査";
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .version(HttpClient.Version.HTTP_1_1).build();
    private String xsrf = "";
    private KioskApp kiosk;

    @AfterEach
    void stop() {
        clock.reset();
        if (kiosk != null) {
            kiosk.close();
        }
    }

    /** One endpoint: method, path (some with a generated part) and how to make its bodies. */
    private record Target(String name, String method, Function<Random, String> path, Arbitrary<String> bodies,
                          int count, Optional<String> authorization, String base) {
    }

    @Test
    void tenThousandGeneratedRequestsToPublicAndKioskEndpointsGetNo5xx(CapturedOutput output) throws Exception {
        // A day long past: the visits made here stay out of the other tests' live queues.
        clock.moveTo(LocalDate.now(OfficeClock.ZONE).minusDays(2000).atTime(LocalTime.NOON)
                .atZone(OfficeClock.ZONE).toInstant());
        String server = "http://localhost:" + port;
        // Anonymous POSTs carry the XSRF token of a page opened first, as the home page's script sends it.
        client.send(HttpRequest.newBuilder(URI.create(server + "/login.html")).build(), HttpResponse.BodyHandlers.discarding());
        xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        String kioskBase = startKiosk();
        String visit = HttpFixture.json(http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson()))
                .get("visitId").asText();
        Optional<String> kioskToken = Optional.of("Bearer " + DemoCredentials.KIOSK_TOKEN);
        HostileJson json = new HostileJson(MARKER);
        List<Target> targets = List.of(
                new Target("check-in", "POST", r -> "/api/visits", json.checkIn(), 2500, kioskToken, server),
                new Target("checklist facts", "PUT", r -> "/api/visits/" + (r.nextInt(4) == 0 ? json.pathPart(r) : visit)
                        + "/checklist/facts", json.facts(), 1000, kioskToken, server),
                new Target("navigation", "POST", r -> "/api/navigation", json.navigation(), 1000, kioskToken, server),
                new Target("home QR", "POST", r -> "/api/home-qr", json.homeQr(), 1200, Optional.empty(), server),
                new Target("home QR questions", "POST", r -> "/api/home-qr/questions", json.homeQrQuestions(), 600,
                        Optional.empty(), server),
                new Target("ticket status", "GET", r -> "/api/board/tickets/" + json.pathPart(r), json.anyBody(), 400,
                        Optional.empty(), server),
                new Target("board", "GET", r -> "/api/board", json.anyBody(), 50, Optional.empty(), server),
                new Target("kiosk life event", "PUT", r -> "/api/visit/life-event", json.lifeEventChoice(), 900,
                        Optional.empty(), kioskBase),
                new Target("kiosk answer", "PUT", r -> "/api/visit/answers/" + json.questionId(r), json.answerValue(), 900,
                        Optional.empty(), kioskBase),
                new Target("kiosk household", "PUT", r -> "/api/visit/household", json.householdEntry(), 900,
                        Optional.empty(), kioskBase),
                new Target("kiosk card read", "POST", r -> "/api/card/read", json.pinEntry(), 250, Optional.empty(), kioskBase),
                new Target("kiosk my number", "POST", r -> "/api/card/my-number", json.pinEntry(), 150, Optional.empty(),
                        kioskBase),
                new Target("kiosk check-in", "POST", r -> "/api/visit/check-in", json.anyBody(), 150, Optional.empty(), kioskBase),
                new Target("kiosk activity", "POST", r -> "/api/activity", json.anyBody(), 100, Optional.empty(), kioskBase));

        Random random = new Random(SEED);
        Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        int sent = 0;
        // jqwik's generators outside a property: within a session (jqwik's API for use from plain JUnit tests).
        JqwikSession.start();
        try {
            for (Target target : targets) {
                var generator = target.bodies().generatorWithEmbeddedEdgeCases(1000);
                for (int i = 0; i < target.count(); i++) {
                    byte[] body = json.bytes(generator.next(random).value(), random);
                    String path = target.path().apply(random);
                    HttpResponse<String> answer = send(target, path, body);
                    sent++;
                    statuses.computeIfAbsent(target.name(), n -> new LinkedHashMap<>()).merge(answer.statusCode(), 1, Integer::sum);
                    assertThat(answer.statusCode()).as(target.name() + " " + path + " with "
                            + new String(body, StandardCharsets.UTF_8) + " → " + answer.body()).isLessThan(500);
                    if (answer.statusCode() == 400) {
                        // Ours ({"error", "field"}) or, for a URL the firewall refuses before any resource, Spring's.
                        assertThat(HttpFixture.json(answer).has("error")).as(target.name() + ": errors are JSON, "
                                + answer.body()).isTrue();
                    }
                }
            }
        } finally {
            JqwikSession.finish();
        }
        assertThat(sent).isGreaterThanOrEqualTo(10_000);
        System.out.println("Fuzz statuses per endpoint: " + statuses);
        assertThat(output.getAll().replace("Fuzz statuses", "")).as("no log line repeats a sent text")
                .doesNotContain(MARKER);
    }

    /**
     * What never reaches the API's handlers — an unparsable request line, hostile headers, cookies and
     * credentials, a body cut short, /error asked for directly — is answered below 500 too, and leaves no trace
     * of what was sent in the log: not the marker (nor Tomcat's hex rendering of it), no exception that escaped
     * to Tomcat ("Servlet.service() … threw exception", a failed error page), no "unexpected error".
     */
    @Test
    void hostileRequestLinesHeadersAndBrokenBodiesGetNo5xxAndLeaveNoTrace(CapturedOutput output) throws Exception {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (HostileRequests.Hostile hostile : new HostileRequests(MARKER).all()) {
            int status = HostileRequests.send(port, hostile);
            statuses.put(hostile.name(), status);
            assertThat(status).as(hostile.name()).isBetween(200, 499);
        }
        System.out.println("Hostile request statuses: " + statuses);
        String log = output.getAll().replaceAll("Hostile request statuses: .*", "");
        assertThat(log).as("the log never repeats what was sent")
                .doesNotContain(MARKER, hexOf(MARKER), URLEncoder.encode(MARKER, StandardCharsets.UTF_8));
        assertThat(log).as("nothing escaped the handlers to Tomcat")
                .doesNotContain("Servlet.service()", "Exception Processing", "Unexpected error");
    }

    /** How Tomcat renders bytes it refused in a request line: 0xe6 for each byte outside ASCII. */
    private static String hexOf(String text) {
        StringBuilder hex = new StringBuilder();
        for (byte b : text.substring(0, 1).getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format("0x%02x", b & 0xff));
        }
        return hex.toString();
    }

    private HttpResponse<String> send(Target target, String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.base() + encodePath(path)))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf);
        target.authorization().ifPresent(a -> request.header("Authorization", a));
        if (target.method().equals("GET")) {
            request.GET();
        } else {
            request.method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Generated path parts are percent-encoded, as a browser would send them. */
    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String part : path.split("/", -1)) {
            encoded.append(encoded.isEmpty() && part.isEmpty() ? "" : "/")
                    .append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return encoded.toString();
    }

    private String startKiosk() {
        kiosk = DemoKiosk.withTheDemoCard(port, "Fuzzed kiosk reader");
        return DemoKiosk.base(kiosk);
    }
}

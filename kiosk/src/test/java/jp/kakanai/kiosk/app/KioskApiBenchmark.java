package jp.kakanai.kiosk.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.kiosk.checkin.RecordingServer;

/**
 * What the kiosk program itself adds to a resident's wait: each local API call the page makes, timed over
 * real local HTTP with the emulated card in an in-JVM reader and a recording server that answers at once
 * (so the figures are the kiosk's own: Jersey on the JDK server, JSON, the card session, the server
 * client). Also the bytes of the page the browser loads. Not a test: figures for docs/kiosk.md.
 *
 * <pre>
 * java -cp kiosk/target/test-classes:kiosk/target/classes:$(cat kiosk/target/test-cp.txt) \
 *      jp.kakanai.kiosk.app.KioskApiBenchmark 2000
 * </pre>
 */
public final class KioskApiBenchmark {
    private KioskApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        // As KioskMain does; "false" as a second argument measures the JDK default (Nagle on).
        System.setProperty(KioskApp.NO_DELAY_PROPERTY, args.length > 1 ? args[1] : "true");
        try (RecordingServer server = new RecordingServer()) {
            EmulatedReaders readers = new EmulatedReaders();
            EmulatedReader reader = readers.addReader("Kiosk reader");
            reader.insert(DemoCards.myNumberCard());
            TerminalFactory factory = readers.terminalFactory();
            try (KioskApp kiosk = KioskApp.start(KioskSettings.of(server.uri(), "token").withPort(0),
                    () -> factory, Optional.of(reader))) {
                HttpClient http = HttpClient.newHttpClient();
                Map<String, long[]> nanos = new LinkedHashMap<>();
                List<String[]> steps = List.of(
                        new String[] {"GET", "api/state", null},
                        new String[] {"GET", "api/card/tries", null},
                        new String[] {"POST", "api/card/read", "{\"pin\":\"1234\"}"},
                        new String[] {"PUT", "api/visit/life-event", "{\"lifeEvent\":\"move-in\"}"},
                        new String[] {"PUT", "api/visit/answers/dog", "{\"value\":\"no\"}"},
                        new String[] {"POST", "api/card/my-number", "{\"pin\":\"1234\"}"},
                        new String[] {"POST", "api/visit/check-in", null},
                        new String[] {"POST", "api/reset", null});
                steps.forEach(s -> nanos.put(s[0] + " /" + s[1], new long[rounds]));
                int warmUp = Math.max(200, rounds / 5);
                for (int round = -warmUp; round < rounds; round++) {
                    for (String[] step : steps) {
                        long started = System.nanoTime();
                        HttpResponse<String> r = send(http, kiosk.url(), step[0], step[1], step[2]);
                        long took = System.nanoTime() - started;
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(step[1] + " answered " + r.statusCode() + ": " + r.body());
                        }
                        if (round >= 0) {
                            nanos.get(step[0] + " /" + step[1])[round] = took;
                        }
                    }
                }
                System.out.printf("%-28s %10s %10s %10s%n", "local API call", "median ms", "p95 ms", "max ms");
                nanos.forEach((step, values) -> {
                    long[] sorted = values.clone();
                    Arrays.sort(sorted);
                    System.out.printf("%-28s %10.3f %10.3f %10.3f%n", step, sorted[sorted.length / 2] / 1e6,
                            sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
                });
                System.out.println("rounds: " + rounds + ", check-ins recorded: "
                        + server.received(RecordingServer.CHECK_IN).size() / (rounds + warmUp) + " per round");
            }
        }
        long total = 0;
        List<String> sizes = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of("index.html", "kiosk.css", "print.css"));
        try (InputStream list = KioskApiBenchmark.class.getClassLoader().getResourceAsStream(StaticUi.ROOT + "js")) {
            // The page's modules: every js/*.js on the class path (a directory listing when run from target/classes).
            new String(list.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(name -> name.endsWith(".js")).forEach(name -> files.add("js/" + name));
        }
        for (String file : files) {
            try (InputStream in = KioskApiBenchmark.class.getClassLoader().getResourceAsStream(StaticUi.ROOT + file)) {
                int bytes = in.readAllBytes().length;
                total += bytes;
                sizes.add(file + " " + bytes);
            }
        }
        System.out.println("page: " + String.join(", ", sizes) + "; total " + total + " bytes, no other request");
    }

    private static HttpResponse<String> send(HttpClient http, URI base, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

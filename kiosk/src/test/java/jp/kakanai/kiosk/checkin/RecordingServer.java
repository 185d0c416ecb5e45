package jp.kakanai.kiosk.checkin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a free port that answers each kind of request ({@code POST /api/visits}, the
 * navigation, the checklist facts) with the reply the test sets, and records what it received: it pins
 * down how the kiosk treats each kind of answer. (The real server is driven end to end by the server
 * module's kiosk tests.)
 */
public final class RecordingServer implements AutoCloseable {
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    public static final String CHECK_IN = "POST /api/visits";
    public static final String NAVIGATION = "POST /api/navigation";
    public static final String FACTS = "PUT /api/visits/*/checklist/facts";
    public static final String HELP = "PUT /api/kiosk/help-requests/*";
    public static final String EARLIER = "POST /api/kiosk/earlier-visits";
    public static final String ADDITION = "PUT /api/kiosk/visits/*/additions/*";
    public static final String SESSIONS = "POST /api/kiosk/sessions";
    private final Map<String, Reply> replies = new ConcurrentHashMap<>(Map.of(
            CHECK_IN, new Reply(201, "{\"visitId\":\"v-1\",\"ticketNumber\":\"A-001\"}", 0),
            NAVIGATION, new Reply(200, "{\"event\":\"move-in\",\"items\":[],\"departments\":[],\"openQuestions\":[]}", 0),
            FACTS, new Reply(200, "{\"version\":1}", 0),
            HELP, new Reply(201, "{\"ticketNumber\":\"A-002\",\"department\":\"shimin\"}", 0),
            EARLIER, new Reply(200, "[]", 0),
            ADDITION, new Reply(200, "{\"visitId\":\"v-0\",\"ticketNumber\":\"A-001\",\"added\":[]}", 0),
            SESSIONS, new Reply(201, "{}", 0)));

    /** One request as received. */
    public record Received(String method, String path, String authorization, String idempotencyKey, String body) {
    }

    /** What to answer, after how long. */
    public record Reply(int status, String body, long delayMillis) {
    }

    static {
        // The JDK HTTP server reads this once per JVM; without it every answer waits 40 ms (see KioskApp).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public RecordingServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** What check-ins get from now on. */
    public void answer(int status, String body) {
        answer(CHECK_IN, status, body);
    }

    /** What requests of one kind ({@link #CHECK_IN}, {@link #NAVIGATION}, {@link #FACTS}) get from now on. */
    public void answer(String kind, int status, String body) {
        replies.put(kind, new Reply(status, body, 0));
    }

    public void answerAfter(long millis, int status, String body) {
        replies.put(CHECK_IN, new Reply(status, body, millis));
    }

    /** Every request, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests of one kind, in order. */
    public List<Received> received(String kind) {
        return received.stream().filter(r -> kind.equals(kindOf(r.method(), r.path()))).toList();
    }

    private static String kindOf(String method, String path) {
        String kind = method + " " + path;
        if (kind.matches("PUT /api/visits/[^/]+/checklist/facts")) {
            return FACTS;
        }
        if (kind.matches("PUT /api/kiosk/visits/[^/]+/additions/[^/]+")) {
            return ADDITION;
        }
        return kind.matches("PUT /api/kiosk/help-requests/[^/]+") ? HELP : kind;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst(IdempotencyKey.HEADER), body));
        Reply r = replies.getOrDefault(kindOf(exchange.getRequestMethod(), exchange.getRequestURI().getPath()),
                new Reply(404, "{\"error\":\"not here\"}", 0));
        if (r.delayMillis() > 0) {
            try {
                Thread.sleep(r.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

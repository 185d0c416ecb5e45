package jp.kakanai.kiosk.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.client.Entity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.kakanai.kiosk.checkin.ServerEndpoint;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * Sends session reports to the server ({@code POST /api/kiosk/sessions}) on a thread of its own, so that a
 * slow or absent server never holds up a resident; what the server could not take is sent again every
 * 30 seconds. Reports wait in memory only (at most {@value #MAX_WAITING}; beyond, the oldest is dropped and
 * a kiosk restart loses the waiting ones): they are statistics, not anyone's application.
 */
public final class MetricsOutbox implements Consumer<SessionReport>, AutoCloseable {
    static final int MAX_WAITING = 1000;
    private static final System.Logger LOG = System.getLogger(MetricsOutbox.class.getName());
    private static final long RETRY_SECONDS = 30;

    private final ServerEndpoint server;
    private final Deque<SessionReport> waiting = new ArrayDeque<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-metrics");
        t.setDaemon(true);
        return t;
    });

    public MetricsOutbox(ServerEndpoint server) {
        this.server = Objects.requireNonNull(server);
        sender.scheduleWithFixedDelay(this::sendWaiting, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void accept(SessionReport report) {
        synchronized (waiting) {
            if (waiting.size() >= MAX_WAITING) {
                waiting.removeFirst();
            }
            waiting.addLast(report);
        }
        sender.execute(this::sendWaiting);
    }

    /** How many reports wait for the server. */
    public int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private void sendWaiting() {
        while (true) {
            SessionReport next;
            synchronized (waiting) {
                next = waiting.peekFirst();
            }
            if (next == null) {
                return;
            }
            ServerReply<JsonNode> reply = server.exchange(server.request("api/kiosk/sessions")
                    .build("POST", Entity.json(next)), JsonNode.class);
            if (reply instanceof ServerReply.Unreachable<JsonNode>) {
                return;
            }
            if (reply instanceof ServerReply.Refused<JsonNode> refused) {
                // A report the server refuses will not be taken later either: dropped, said once.
                LOG.log(System.Logger.Level.WARNING, "The server refused a kiosk session report ({0}): {1}",
                        refused.status(), refused.error());
            }
            synchronized (waiting) {
                waiting.remove(next);
            }
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}

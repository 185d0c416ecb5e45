package jp.kakanai.server.database;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Requests started on a schedule whether or not earlier ones have been answered (open loop: a slow server
 * does not slow the clients down, as kiosks and phones do not wait for each other), each timed from its
 * scheduled start to its answer, per kind of request and per condition of a comparison (a label added to
 * every kind while it is set, so that two conditions taken in turn can be compared on the same background).
 */
final class OpenLoop {
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
    private final Map<String, LatencyLog> logs = new ConcurrentHashMap<>();
    private final Random random = new Random(5);
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Each condition from when it was set: a request counts under the one it was due in. */
    private final NavigableMap<Long, String> conditions = new ConcurrentSkipListMap<>(Map.of(Long.MIN_VALUE, ""));

    /**
     * Runs {@code request} every {@code periodMillis} from a random phase. Its latency runs from when it was due,
     * not from when this machine's threads got round to sending it: a late start is the server's machine being
     * too busy too (else the figures would leave out exactly the slow moments, "coordinated omission").
     */
    ScheduledFuture<?> every(long periodMillis, String kind, Supplier<CompletableFuture<HttpResponse<String>>> request) {
        long phase = (long) (random.nextDouble() * periodMillis);
        long first = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(phase);
        AtomicLong runs = new AtomicLong();
        return scheduler.scheduleAtFixedRate(() -> timed(kind, first + runs.getAndIncrement()
                * TimeUnit.MILLISECONDS.toNanos(periodMillis), request), phase, periodMillis, TimeUnit.MILLISECONDS);
    }

    void later(long delayMillis, Runnable task) {
        scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Sends one request due at {@code dueNanos} ({@link System#nanoTime()}) and records it when answered. */
    void timed(String kind, long dueNanos, Supplier<CompletableFuture<HttpResponse<String>>> request) {
        long start = Math.min(dueNanos, System.nanoTime());
        // By due time: a request this machine sent late belongs to the condition it was due in.
        String condition = conditions.floorEntry(dueNanos).getValue();
        LatencyLog log = logs.computeIfAbsent(kind + condition, k -> new LatencyLog());
        // A finished ticket's status is 404 by design (the phone page says so), not a failure.
        inFlight.incrementAndGet();
        request.get().whenComplete((answer, e) -> inFlight.decrementAndGet()).whenComplete((answer, e) -> log.record(System.nanoTime() - start, e == null
                && (answer.statusCode() / 100 == 2 || kind.matches("ticket status|public polls")
                && answer.statusCode() == 404)));
    }

    /** From now on, requests due are recorded under their kind followed by {@code label} ("" for none). */
    void condition(String label) {
        conditions.put(System.nanoTime(), label);
    }

    /**
     * Waits until at most {@code requests} are in flight (or {@code maxMillis} passed): after an overloaded
     * step the server still works off its backlog, which would be counted against the next step.
     */
    void drain(int requests, long maxMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + maxMillis;
        while (inFlight.get() > requests && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
    }

    void clear() {
        logs.clear();
    }

    LatencyLog log(String kindAndCondition) {
        return logs.getOrDefault(kindAndCondition, new LatencyLog());
    }

    void report(String title) {
        System.out.println(title + ":");
        new TreeMap<>(logs).forEach((kind, log) -> System.out.printf("  %-30s n=%6d  p50 %7.1f ms  p90 %7.1f ms"
                        + "  p99 %7.1f ms  max %7.1f ms  errors %d%n", kind, log.count(), log.percentile(50),
                log.percentile(90), log.percentile(99), log.percentile(100), log.errors()));
    }

    void stop() {
        scheduler.shutdownNow();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}

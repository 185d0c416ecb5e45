package jp.kakanai.server.database;

import static jp.kakanai.server.HttpFixture.json;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.IdempotencyKey;

/**
 * Open-loop load of a busy city hall (issue 14 §5), a benchmark main: 200 kiosks each checking in once a
 * minute, 100 clerks each polling their lists every 5 s and calling the next ticket once a minute (closing
 * it 30 s later), 50 phones polling a ticket's status every 15 s. Requests start on schedule whether or not
 * earlier ones have been answered; a latency runs from the scheduled start to the answer. Then a ramp: the
 * check-in rate doubles every 20 s on top of the same background until its p99 passes 100 ms.
 *
 * <pre>
 * java -cp … jp.kakanai.server.database.CityHallLoad h2|postgres [steady-seconds]
 * </pre>
 * The server runs in its own JVM as in production (full JIT, 1 GB heap); PostgreSQL with fsync on.
 */
public final class CityHallLoad {
    private static final List<String> DEPARTMENTS = List.of("shimin", "hoken-nenkin", "kaigo", "kodomo", "gakumu", "kankyo");
    private static final List<String> PROCEDURES = List.of("resident-move-in", "nhi-enroll", "long-term-care",
            "child-allowance", "school-transfer", "dog-registration-change");
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
    private final Map<String, LatencyLog> logs = new ConcurrentHashMap<>();
    private final List<String> tickets = new CopyOnWriteArrayList<>();
    private final AtomicInteger residents = new AtomicInteger();
    private final Random random = new Random(5);
    private final HttpFixture kiosk;
    private final List<HttpFixture> clerks = new ArrayList<>();
    private final HttpFixture phones;

    private CityHallLoad(String base) {
        kiosk = new HttpFixture(base).asKiosk();
        phones = new HttpFixture(base);
        for (int i = 0; i < 100; i++) {
            clerks.add(new HttpFixture(base).loggedInAsClerk());
        }
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int steadySeconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        Path dir = Files.createTempDirectory("kakanai-load");
        List<String> jvm = List.of("-Xmx1g", "-XX:+UseG1GC");
        LocalPostgres postgres = database.equals("postgres") ? LocalPostgres.start(true) : null;
        List<String> arguments = new ArrayList<>(List.of("--kakanai.data-dir=" + dir, "--kakanai.rate-limit.per-minute=100000"));
        if (postgres != null) {
            arguments.addAll(List.of("--spring.profiles.active=demo,postgres", "--spring.datasource.url=" + postgres.jdbcUrl("kakanai"),
                    "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password="));
        } else {
            arguments.add("--spring.profiles.active=demo");
        }
        try (ServerProcess server = ServerProcess.start(dir, jvm, arguments)) {
            CityHallLoad load = new CityHallLoad(server.base());
            System.out.printf("%s, server %s; load average before: %s%n", database, server.base(), loadAverage());
            load.background(1.0);
            load.checkIns(200, 60_000);
            Thread.sleep(30_000);
            load.logs.clear();
            Thread.sleep(steadySeconds * 1000L);
            load.report("steady " + steadySeconds + " s (200 kiosks/min, 100 clerks, 50 phones)");
            load.ramp();
            load.scheduler.shutdownNow();
            System.out.println("duplicate ticket numbers today: " + load.duplicateTickets());
            System.out.printf("load average after: %s%n", loadAverage());
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** The clerks' and phones' work, at {@code scale} times the city hall's rates. */
    private void background(double scale) {
        for (int i = 0; i < clerks.size(); i++) {
            HttpFixture clerk = clerks.get(i);
            String department = DEPARTMENTS.get(i % DEPARTMENTS.size());
            String counter = "{\"counter\": \"" + (i + 1) + "番窓口\"}";
            every((long) (5_000 / scale), "staff lists", () -> clerk.getAsync("/api/visits?order=newest&size=50"));
            every((long) (5_000 / scale), "staff lists", () -> clerk.getAsync("/api/queue"));
            every((long) (60_000 / scale), "call next", () -> clerk.postJsonAsync("/api/queue/" + department + "/call-next",
                    counter).whenComplete((called, e) -> closeLater(clerk, called)));
        }
        for (int i = 0; i < 50; i++) {
            every(15_000, "ticket status", () -> phones.getAsync("/api/board/tickets/"
                    + (tickets.isEmpty() ? "A-001" : tickets.get(random.nextInt(tickets.size())))));
        }
    }

    private void checkIns(int kiosks, long periodMillis) {
        for (int i = 0; i < kiosks; i++) {
            every(periodMillis, "check-in", this::checkIn);
        }
    }

    private CompletableFuture<HttpResponse<String>> checkIn() {
        int n = residents.incrementAndGet();
        var resident = new BasicFourInfo("負荷 試験" + n, "東京都千代田区霞が関二丁目1番" + (n % 50 + 1) + "号",
                LocalDate.of(1940, 1, 1).plusDays(n % 25_000), n % 2 == 0 ? Sex.FEMALE : Sex.MALE);
        String body = CheckInFixture.json(new CheckIn(resident, "move-in", List.of(PROCEDURES.get(n % PROCEDURES.size()))));
        return kiosk.postJsonAsync("/api/visits", body, IdempotencyKey.HEADER, UUID.randomUUID().toString())
                .whenComplete((answer, e) -> {
                    if (answer != null && answer.statusCode() == 201) {
                        tickets.add(json(answer).get("ticketNumber").asText());
                    }
                });
    }

    private void closeLater(HttpFixture clerk, HttpResponse<String> called) {
        if (called != null && called.statusCode() == 200) {
            String visit = json(called).get("visitId").asText();
            scheduler.schedule(() -> clerk.postJsonAsync("/api/queue/visits/" + visit + "/close", "{\"counter\": \"窓口\"}"),
                    30, TimeUnit.SECONDS);
        }
    }

    /** Runs {@code request} every {@code periodMillis} from a random phase, timing it from its scheduled start. */
    private void every(long periodMillis, String kind, Supplier<CompletableFuture<HttpResponse<String>>> request) {
        long phase = (long) (random.nextDouble() * periodMillis);
        scheduler.scheduleAtFixedRate(() -> {
            long start = System.nanoTime();
            LatencyLog log = logs.computeIfAbsent(kind, k -> new LatencyLog());
            // A finished ticket's status is 404 by design (the phone page says so), not a failure.
            request.get().whenComplete((answer, e) -> log.record(System.nanoTime() - start, e == null
                    && (answer.statusCode() / 100 == 2 || kind.equals("ticket status") && answer.statusCode() == 404)));
        }, phase, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Check-in rate doubling every 20 s until its p99 passes 100 ms (or 8 steps). */
    private void ramp() throws InterruptedException {
        double rate = 200 / 60.0;
        for (int step = 0; step < 8; step++) {
            long period = (long) (1000 / rate);
            logs.clear();
            var extra = Executors.newSingleThreadScheduledExecutor();
            extra.scheduleAtFixedRate(() -> {
                long start = System.nanoTime();
                LatencyLog log = logs.computeIfAbsent("check-in", k -> new LatencyLog());
                checkIn().whenComplete((answer, e) -> log.record(System.nanoTime() - start,
                        e == null && answer.statusCode() / 100 == 2));
            }, 0, period, TimeUnit.MILLISECONDS);
            Thread.sleep(20_000);
            extra.shutdownNow();
            LatencyLog checkIns = logs.get("check-in");
            System.out.printf("ramp: +%.1f check-ins/s on top of the city hall: check-in p99 %.1f ms, p50 %.1f ms,"
                    + " %d errors; load average %s%n", rate, checkIns.percentile(99), checkIns.percentile(50),
                    checkIns.errors(), loadAverage());
            if (checkIns.percentile(99) > 100) {
                System.out.printf("ramp: check-in p99 passed 100 ms at about %.1f check-ins/s in all%n", rate + 200 / 60.0);
                return;
            }
            rate *= 2;
        }
    }

    private void report(String title) {
        System.out.println(title + ":");
        logs.forEach((kind, log) -> System.out.printf("  %-14s n=%6d  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms"
                        + "  errors %d%n", kind, log.count(), log.percentile(50), log.percentile(90), log.percentile(99),
                log.percentile(100), log.errors()));
    }

    private int duplicateTickets() {
        var visits = json(clerks.get(0).get("/api/visits?date=" + LocalDate.now(OfficeClock.ZONE)));
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (var visit : visits) {
            if (!seen.add(visit.get("ticketNumber").asText())) {
                duplicates++;
            }
        }
        return duplicates;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}

package jp.kakanai.server.queue;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.publicqueue.PublicSnapshot;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.CheckInService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark main (never part of {@code mvn verify}): reports over a long history, on H2 or PostgreSQL.
 * See docs/queue.md for the commands and the figures.
 *
 * <pre>
 * QueueBenchmark &lt;database&gt; [visits] [years]
 * QueueBenchmark &lt;database&gt; measure [years]
 *   database: h2:/a/data/dir   or   jdbc:postgresql://127.0.0.1:55432/kakanai (user kakanai, no password)
 * </pre>
 * With {@code measure}, a filled and rolled-up database is measured by the only server of a fresh JVM: the
 * first report is then a real first call after a restart, nothing of the code warmed up by a filling server.
 * An empty database is first filled with {@code visits} (default 7,500,000) over {@code years} (default 5)
 * ending yesterday — PostgreSQL by COPY, H2 by JDBC batches — and rolled up, in a server that is then
 * stopped. A second server then starts (the restart) and times the first report of each period, repeated
 * reports, the live view and the phone page's ticket lookup, with 150 check-ins of today in the queues.
 */
public final class QueueBenchmark {
    private QueueBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: QueueBenchmark <h2:dir | jdbc:postgresql://…> [visits] [years]");
            System.exit(2);
        }
        boolean measureOnly = args.length > 1 && "measure".equals(args[1]);
        long visits = args.length > 1 && !measureOnly ? Long.parseLong(args[1]) : 7_500_000;
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!measureOnly) {
            try (var server = start(args[0])) {
                fillIfEmpty(server, args[0].startsWith("jdbc:postgresql"), visits, years);
            }
        }
        try (var server = start(args[0])) {
            System.out.printf("restarted; heap in use after GC before the first report: %d MB%n", heapAfterGc());
            measure(server, years);
        }
    }

    private static void fillIfEmpty(ConfigurableApplicationContext server, boolean postgres, long visits, int years) {
        JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
        LocalDate last = server.getBean(OfficeClock.class).today().minusDays(1);
        LocalDate first = last.minusYears(years).plusDays(1);
        Long existing = jdbc.queryForObject("select count(*) from visit", Long.class);
        if (existing != null && existing > 0) {
            System.out.printf("database holds %,d visits: not generating%n", existing);
            long started = System.nanoTime();
            // Whatever a newer version rolls up differently (a new level) is built here, not in the first report.
            server.getBean(QueueRollups.class).ensure(first.withDayOfYear(1), last);
            System.out.printf("rollups brought up to date in %.0f s%n", seconds(started));
            return;
        }
        TransactionTemplate transactions = server.getBean(TransactionTemplate.class);
        HistoryGenerator.Sink sink = postgres ? new PostgresCopySink(jdbc.getDataSource())
                : new JdbcBatchSink(jdbc, transactions);
        long started = System.nanoTime();
        long written = new HistoryGenerator(sink, 7).generate(visits, first, last);
        System.out.printf("generated %,d visits %s..%s in %.0f s%n", written, first, last, seconds(started));
        if (postgres) {
            jdbc.execute("analyze");
        }
        started = System.nanoTime();
        server.getBean(QueueRollups.class).ensure(first.withDayOfYear(1), last);
        System.out.printf("rolled up in %.0f s%n", seconds(started));
        for (String table : List.of("queue_event", "queue_span", "queue_rollup_day", "queue_rollup_month",
                "queue_rollup_year")) {
            System.out.printf("  %s: %,d rows%n", table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
    }

    private static void measure(ConfigurableApplicationContext server, int years) {
        PeriodReports reports = server.getBean(PeriodReports.class);
        LocalDate today = server.getBean(OfficeClock.class).today();
        LocalDate yesterday = today.minusDays(1);
        List<Object[]> periods = List.of(
                new Object[] {years + " years", yesterday.minusYears(years).plusDays(1), yesterday},
                new Object[] {"1 year", yesterday.minusYears(1).plusDays(1), yesterday},
                new Object[] {"last 30 days and today", today.minusDays(30), today},
                new Object[] {"1 month in the middle", yesterday.minusYears(1).withDayOfMonth(1),
                        yesterday.minusYears(1).withDayOfMonth(1).plusMonths(1).minusDays(1)});
        for (Object[] period : periods) {
            LocalDate from = (LocalDate) period[1];
            LocalDate to = (LocalDate) period[2];
            long started = System.nanoTime();
            WaitingTimeReport report = reports.report(from, to);
            System.out.printf("first report, %s (%s..%s): %.1f ms — %,d tickets, waiting median %d s, p90 %d s%n",
                    period[0], from, to, (System.nanoTime() - started) / 1e6, report.arrivals(),
                    report.waiting().medianSeconds(), report.waiting().p90Seconds());
        }
        System.out.printf("heap in use after GC after the reports: %d MB%n", heapAfterGc());
        LocalDate yearFrom = (LocalDate) periods.get(1)[1];
        long started = System.nanoTime();
        WaitingTimeReport fromSpans = ReportAssembly.of(yearFrom, yesterday,
                server.getBean(QueueProperties.class).target().toSeconds(), server.getBean(ReportRows.class)
                        .of(yearFrom, yesterday, QueueRollups.Built.NOTHING),
                server.getBean(Departments.class));
        System.out.printf("check: the year summed from its %,d spans (%.0f ms) equals the year from the rollups: %s%n",
                server.getBean(JdbcTemplate.class).queryForObject("select count(*) from queue_span where local_day >= ?"
                        + " and local_day <= ?", Long.class, yearFrom, yesterday), (System.nanoTime() - started) / 1e6,
                fromSpans.equals(reports.report(yearFrom, yesterday)));
        CheckInService checkIns = server.getBean(CheckInService.class);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            tickets.add(checkIns.checkIn("benchmark", new CheckIn(CheckInFixture.resident(), "move-in",
                    List.of(i % 3 == 0 ? "nhi-enroll" : "resident-move-in"))).ticketNumber());
        }
        for (Object[] period : periods) {
            time("report, " + period[0], 2, 10, () -> reports.report((LocalDate) period[1], (LocalDate) period[2]));
        }
        QueueReports live = server.getBean(QueueReports.class);
        time("live view (150 waiting today)", 20, 200, live::live);
        // The board, the phone page and the congestion page answer from this, built at most once a second.
        PublicSnapshotPublisher publisher = server.getBean(PublicSnapshotPublisher.class);
        PublicSnapshot.Usual usual = server.getBean(UsualCongestion.class).current();
        time("public snapshot (150 waiting today, ticket " + tickets.get(100) + " among them)", 20, 200,
                () -> publisher.build(java.time.Instant.now(), usual));
    }

    private static ConfigurableApplicationContext start(String database) {
        // Open around the clock: a measurement after 17:15 JST still issues today's 150 waiting tickets.
        List<String> args = new ArrayList<>(List.of("--logging.level.root=WARN",
                "--kakanai.queue.reception-ends=24:00", "--kakanai.queue.closing-time=24:00",
                "--logging.level.jp.kakanai=INFO", "--kakanai.privacy.create-key-file=true",
                "--kakanai.privacy.allow-key-in-data-dir=true"));
        if (database.startsWith("h2:")) {
            String dir = database.substring(3);
            args.addAll(List.of("--kakanai.data-dir=" + dir, "--kakanai.privacy.my-number-key-file=" + dir + "/my-number.key"));
        } else {
            String dir = System.getProperty("java.io.tmpdir") + "/kakanai-benchmark-keys";
            args.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + database,
                    "--spring.datasource.username=kakanai", "--spring.datasource.password=",
                    "--kakanai.data-dir=" + dir, "--kakanai.privacy.my-number-key-file=" + dir + "/my-number.key"));
        }
        return new SpringApplicationBuilder(KakanaiServer.class).web(WebApplicationType.NONE).run(args.toArray(String[]::new));
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void time(String what, int warmups, int runs, Supplier<?> task) {
        for (int i = 0; i < warmups; i++) {
            task.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)%n", what,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(0.9 * sorted.length) - 1],
                sorted[sorted.length - 1], runs);
    }
}

package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.CheckInService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Benchmark main (not a test): the period report for the last full year and the live view, on a database
 * filled by the generator command. See docs/queue.md for the command and the figures.
 *
 * <p>Arguments: the data directory of a generated H2 database. It checks in 150 visits "today" first,
 * so that the live view has queues to replay. The start-up prefetch is off, so the first report is cold.
 */
public final class QueueBenchmark {
    private QueueBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: QueueBenchmark <data-dir of a database filled by --kakanai.generate.visits>");
            System.exit(2);
        }
        try (var context = new SpringApplicationBuilder(KakanaiServer.class).web(WebApplicationType.NONE)
                .run("--kakanai.data-dir=" + args[0], "--logging.level.root=WARN", "--kakanai.queue.prefetch=false",
                        "--kakanai.privacy.my-number-key-file=" + args[0] + "/my-number.key",
                        "--kakanai.privacy.create-key-file=true", "--kakanai.privacy.allow-key-in-data-dir=true")) {
            QueueReports reports = context.getBean(QueueReports.class);
            CheckInService checkIns = context.getBean(CheckInService.class);
            LocalDate to = context.getBean(OfficeClock.class).today().minusDays(1);
            LocalDate from = to.minusYears(1).plusDays(1);
            for (int i = 0; i < 150; i++) {
                checkIns.checkIn("benchmark", new CheckIn(CheckInFixture.resident(), "move-in",
                        List.of(i % 3 == 0 ? "nhi-enroll" : "resident-move-in")));
            }
            long coldStart = System.nanoTime();
            var report = reports.report(from, to);
            System.out.printf("period report, one year, first call (nothing in memory): %.1f ms%n",
                    (System.nanoTime() - coldStart) / 1e6);
            System.out.printf("year %s..%s: %d arrivals, waiting median %d s, p90 %d s, %.1f%% within target%n",
                    from, to, report.arrivals(), report.waiting().medianSeconds(), report.waiting().p90Seconds(),
                    100 * report.waiting().withinTarget());
            System.out.printf("live: %d departments, %d waiting%n", reports.live().size(),
                    reports.live().stream().mapToInt(QueueReports.DepartmentNow::waiting).sum());
            time("period report, one year (settled months in memory)", 3, 10, () -> reports.report(from, to));
            time("period report, last 30 days (read from the database)", 3, 10,
                    () -> reports.report(to.minusDays(29), to));
            time("live view", 20, 200, reports::live);
        }
    }

    private static void time(String what, int warmups, int runs, Runnable task) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)%n", what,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(0.9 * sorted.length) - 1],
                sorted[sorted.length - 1], runs);
    }
}

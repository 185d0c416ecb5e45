package jp.kakanai.server.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The crash experiment as a soak (a main, not a test: it takes minutes). Runs {@link CrashRound} ten times
 * (or {@code rounds}) on each database, killing the server after a varying number of answers (5–45 of 50),
 * and prints per round what was acknowledged, lost, issued twice and committed though unanswered.
 *
 * <pre>
 * java -cp … jp.kakanai.server.database.CrashSoak [rounds] [h2|postgres|h2-write-delay-500 …]
 * </pre>
 * {@code h2-write-delay-500} runs H2 with its default write delay (the server's guard switched off), to
 * show what that setting loses. See docs/server.md, "Durability".
 */
public final class CrashSoak {
    private static final int BURST = 50;

    private CrashSoak() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> databases = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("h2", "postgres");
        Random random = new Random(14);
        for (String database : databases) {
            List<CrashRound.Outcome> outcomes = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                int killAfter = CrashRound.WAITING_BEFORE_THE_BURST + 2 + random.nextInt(41);
                long started = System.nanoTime();
                CrashRound.Outcome outcome = round(database, killAfter);
                outcomes.add(outcome);
                System.out.printf("%s round %d: kill after %d answers; acknowledged %d check-ins + %d steps;"
                                + " lost check-ins %d, lost steps %d, tickets issued twice %d; committed but unanswered %d;"
                                + " %d visits after the retries; %.1f s%n", database, round, killAfter,
                        outcome.acknowledged(), outcome.acknowledgedSteps(), count(outcome, "acknowledged"),
                        count(outcome, "visit ") + count(outcome, "checklist"), count(outcome, "ticket"),
                        outcome.committedButUnanswered(), outcome.visitsAfter(), (System.nanoTime() - started) / 1e9);
                outcome.problems().stream().limit(5).forEach(p -> System.out.println("    " + p));
            }
            System.out.printf("%s: %d rounds, %d check-ins and %d steps acknowledged, %d lost, %d tickets issued twice%n",
                    database, rounds, outcomes.stream().mapToInt(CrashRound.Outcome::acknowledged).sum(),
                    outcomes.stream().mapToInt(CrashRound.Outcome::acknowledgedSteps).sum(),
                    outcomes.stream().mapToLong(o -> count(o, "acknowledged") + count(o, "visit ")
                            + count(o, "checklist")).sum(),
                    outcomes.stream().mapToLong(o -> count(o, "ticket")).sum());
        }
    }

    private static CrashRound.Outcome round(String database, int killAfter) throws Exception {
        Path dir = Files.createTempDirectory("kakanai-crash");
        return switch (database) {
            case "h2" -> new CrashRound(() -> ServerProcess.start(dir, List.of("--spring.profiles.active=demo",
                    "--kakanai.data-dir=" + dir)), BURST, killAfter).run();
            case "h2-write-delay-500" -> new CrashRound(() -> ServerProcess.start(dir, List.of(
                    "--spring.profiles.active=demo", "--kakanai.data-dir=" + dir,
                    "--spring.datasource.url=jdbc:h2:file:" + dir + "/kakanai;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
                    "--kakanai.database.require-durable-commits=false")), BURST, killAfter).run();
            case "postgres" -> {
                try (LocalPostgres postgres = LocalPostgres.start()) {
                    yield new CrashRound(() -> ServerProcess.start(dir, List.of("--spring.profiles.active=demo,postgres",
                            "--kakanai.data-dir=" + dir, "--spring.datasource.url=" + postgres.jdbcUrl("kakanai"),
                            "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password=")),
                            BURST, killAfter).run();
                }
            }
            default -> throw new IllegalArgumentException("unknown database " + database
                    + " (h2, postgres, h2-write-delay-500)");
        };
    }

    private static long count(CrashRound.Outcome outcome, String prefix) {
        return outcome.problems().stream().filter(p -> p.startsWith(prefix)).count();
    }
}

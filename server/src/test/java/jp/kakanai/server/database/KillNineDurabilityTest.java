package jp.kakanai.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx is a promise (issue 14 §1): a real server process, 50 concurrent check-ins with idempotency keys
 * while a clerk calls tickets and settles checklist items, {@code kill -9} after 15 answers, a restart, every
 * key sent again. Every acknowledged receipt comes back identical, every acknowledged step is still there, and
 * no ticket number went to two visits; on H2 and on PostgreSQL. {@code CrashSoak} runs the same round ten
 * times per database with the kill at varying moments (docs/server.md, "Durability").
 */
class KillNineDurabilityTest {
    private static final int BURST = 50;
    private static final int KILL_AFTER = 15;

    @Test
    void acknowledgedCheckInsCallsAndChecklistChangesSurviveKillNineOnH2(@TempDir Path dir) throws Exception {
        var outcome = new CrashRound(() -> ServerProcess.start(dir, List.of("--spring.profiles.active=demo",
                "--kakanai.data-dir=" + dir)), BURST, KILL_AFTER).run();

        assertKeptEveryPromise(outcome);
    }

    @Test
    void acknowledgedCheckInsCallsAndChecklistChangesSurviveKillNineOnPostgres(@TempDir Path dir) throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start()) {
            var outcome = new CrashRound(() -> ServerProcess.start(dir, List.of("--spring.profiles.active=demo,postgres",
                    "--kakanai.data-dir=" + dir, "--spring.datasource.url=" + postgres.jdbcUrl("kakanai"),
                    "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password=")),
                    BURST, KILL_AFTER).run();

            assertKeptEveryPromise(outcome);
        }
    }

    private static void assertKeptEveryPromise(CrashRound.Outcome outcome) {
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.acknowledged()).as("killed mid-burst").isBetween(KILL_AFTER, BURST - 1);
        assertThat(outcome.acknowledgedSteps()).as("the kill met the clerk's work too").isPositive();
        assertThat(outcome.visitsAfter()).as("each key made exactly one visit").isEqualTo(BURST);
    }
}

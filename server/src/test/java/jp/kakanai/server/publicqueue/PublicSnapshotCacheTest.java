package jp.kakanai.server.publicqueue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public answers' cache under many requests at once: one table read (and, on a staff server, one
 * publication) per second, whatever the number of callers. The shared test server runs without the cache
 * (max-age 0); here it is built as production builds it, with the default second.
 */
class PublicSnapshotCacheTest extends ServerHttpTest {
    private static final Duration RUN = Duration.ofMillis(2500);
    private static final int CALLERS = 16;

    @Autowired
    private PublicSnapshotTable table;

    @Autowired
    private SnapshotPublishing publishing;

    @Test
    void manyCallersAtOnceReadTheTableAtMostOnceASecond() throws Exception {
        PublicSnapshots snapshots = new PublicSnapshots(table, Optional.of(publishing),
                new PublicSnapshotSettings(Duration.ofSeconds(1), Duration.ofMinutes(1)), clock);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            long end = System.nanoTime() + RUN.toNanos();
            List<Future<Integer>> answered = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                answered.add(callers.submit(() -> {
                    int answers = 0;
                    while (System.nanoTime() < end) {
                        assertThat(snapshots.current().board()).isNotEmpty();
                        answers++;
                    }
                    return answers;
                }));
            }
            int total = 0;
            for (Future<Integer> each : answered) {
                total += each.get();
            }

            assertThat(total).as("answers").isGreaterThan(10 * CALLERS);
            assertThat(snapshots.tableReads()).as("table reads in %d ms by %d answers", RUN.toMillis(), total)
                    .isBetween(1L, RUN.toSeconds() + 1);
        } finally {
            callers.shutdownNow();
        }
    }
}

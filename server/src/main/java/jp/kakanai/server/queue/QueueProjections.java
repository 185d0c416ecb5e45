package jp.kakanai.server.queue;

import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the queue's projections from the event log on demand (a manager's request, after a change of
 * definitions or a restore): one day at a time, in a transaction each, the visits issued that day are
 * replayed and the rollups of the days they touch are built again.
 */
@Service
public class QueueProjections {
    private final LogReplay replay;
    private final QueueRollups rollups;
    private final TransactionTemplate transactions;

    public QueueProjections(NamedParameterJdbcTemplate jdbc, QueueRollups rollups,
                            PlatformTransactionManager transactions) {
        this.replay = new LogReplay(jdbc);
        this.rollups = rollups;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What a rebuild did. */
    public record Rebuilt(LocalDate from, LocalDate to, int visits) {
    }

    public Rebuilt rebuild(LocalDate from, LocalDate to) {
        int visits = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            visits += transactions.execute(s -> {
                rollups.markStale(d);
                return replay.replay(d, d);
            });
        }
        // A visit of the last day may have ended after midnight: its spans count for that day, but make
        // sure nothing of the next day is left stale either.
        transactions.executeWithoutResult(s -> rollups.markStale(to.plusDays(1)));
        rollups.ensure(from, to.plusDays(1));
        return new Rebuilt(from, to, visits);
    }
}

package jp.kakanai.server.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the whole access log: numbers without a gap from 1, each row linked to the one before, each hash
 * what the row's fields give with the key, and the head row pointing at the last one. Finds a changed
 * field, a removed or inserted row, a row moved elsewhere, and a cut tail that the head still remembers.
 * Read in pages, so a log of millions of rows needs little memory.
 */
@Component
public class AccessLogVerifier {
    private static final int PAGE = 2_000;
    private final JdbcClient jdbc;
    private final AccessChain chain;
    private final AccessLog log;

    public AccessLogVerifier(JdbcClient jdbc, AccessChain chain, AccessLog log) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.log = log;
    }

    /** The outcome: how many rows were checked, the head, and the first row found broken (with why). */
    public record Verification(boolean intact, long rowsChecked, long headSeq, String headHash,
                               Optional<Broken> firstBroken) {
    }

    public record Broken(long seq, String reason) {
    }

    public Verification verify() {
        AccessLog.Head head = log.head();
        long expected = 1;
        String previous = AccessChain.GENESIS;
        while (true) {
            List<AccessLogRows.Stored> page = jdbc.sql("select " + AccessLogRows.COLUMNS
                            + " from access_log where seq >= :from order by seq fetch first " + PAGE + " rows only")
                    .param("from", expected).query(AccessLogRows::map).list();
            for (AccessLogRows.Stored row : page) {
                Optional<String> problem = problem(row, expected, previous);
                if (problem.isPresent()) {
                    return broken(expected - 1, head, new Broken(Math.min(row.seq(), expected), problem.get()));
                }
                previous = row.hash();
                expected++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long last = expected - 1;
        int before = jdbc.sql("select count(*) from access_log where seq < 1").query(Integer.class).single();
        if (before > 0) {
            return broken(last, head, new Broken(0, before + " rows numbered below 1 were inserted"));
        }
        if (head.seq() != last || !head.hash().equals(previous)) {
            return broken(last, head, new Broken(last + 1, "the head names row " + head.seq() + " but the chain ends at row "
                    + last + ": rows at the end were removed or the head was changed"));
        }
        return new Verification(true, last, head.seq(), head.hash(), Optional.empty());
    }

    private Optional<String> problem(AccessLogRows.Stored row, long expected, String previous) {
        if (row.seq() != expected) {
            return Optional.of("row " + expected + " is missing (the next row is " + row.seq() + ")");
        }
        if (!row.previousHash().equals(previous)) {
            return Optional.of("row " + row.seq() + " does not link to the row before it");
        }
        Optional<AccessLogEntry> entry = row.entry();
        if (entry.isEmpty()) {
            return Optional.of("row " + row.seq() + " has an unknown action '" + row.actionId() + "'");
        }
        if (!chain.hash(row.seq(), entry.get().record(), previous).equals(row.hash())) {
            return Optional.of("row " + row.seq() + " was changed: its fields do not give its hash");
        }
        return Optional.empty();
    }

    private static Verification broken(long checked, AccessLog.Head head, Broken broken) {
        return new Verification(false, checked, head.seq(), head.hash(), Optional.of(broken));
    }
}

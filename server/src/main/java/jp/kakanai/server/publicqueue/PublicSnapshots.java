package jp.kakanai.server.publicqueue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.api.MessageFreeTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The public answers' one-second cache, shared by every request of this server: at most one table read per
 * max-age ({@link PublicSnapshotSettings}) whatever the number of phones and boards. One request refreshes
 * while the others answer from the snapshot they have (a few milliseconds older than max-age at most), so
 * a slow database never holds more than one request thread here. On a staff server the refresh first lets
 * the publisher bring the table up to date ({@link SnapshotPublishing}); a public application just reads it.
 */
@Component
public class PublicSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(PublicSnapshots.class);
    private final PublicSnapshotTable table;
    private final Optional<SnapshotPublishing> publishing;
    private final PublicSnapshotSettings settings;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicLong tableReads = new AtomicLong();
    private volatile Loaded loaded;

    /** What was read, and when (monotonic time: the cache's age does not follow a moved clock). */
    private record Loaded(Optional<PublicViews> views, long atNanos) {
    }

    @Autowired
    public PublicSnapshots(PublicSnapshotTable table, ObjectProvider<SnapshotPublishing> publishing,
                           PublicSnapshotSettings settings, Clock clock) {
        this(table, Optional.ofNullable(publishing.getIfAvailable()), settings, clock);
    }

    /** A cache on its own: a test, or a public application built without Spring's help. */
    public PublicSnapshots(PublicSnapshotTable table, Optional<SnapshotPublishing> publishing,
                           PublicSnapshotSettings settings, Clock clock) {
        this.table = table;
        this.publishing = publishing;
        this.settings = settings;
        this.clock = clock;
    }

    /** The answers of the newest snapshot at most max-age old; 503 while none is published or it is stale. */
    public PublicViews current() {
        Loaded now = loaded;
        if (now == null || expired(now)) {
            now = refresh(now);
        }
        PublicViews views = now.views().orElseThrow(() -> new ApiProblem(503,
                "The queue display is starting up; please try again in a moment.", null));
        if (Duration.between(views.asOf(), clock.instant()).abs().compareTo(settings.staleAfter()) > 0) {
            throw new ApiProblem(503, "The queue display is not being updated at the moment.", null);
        }
        return views;
    }

    /** How many times this server has read the table: at most once per max-age. */
    public long tableReads() {
        return tableReads.get();
    }

    private Loaded refresh(Loaded previous) {
        // Without a cache (max-age 0) every answer must be fresh, so nobody answers from the previous one.
        if (previous != null && !settings.maxAge().isZero()) {
            if (!refreshing.tryLock()) {
                return previous;
            }
        } else {
            refreshing.lock();
        }
        try {
            Loaded again = loaded;
            if (again != null && again != previous && !expired(again)) {
                return again;
            }
            Loaded fresh = read(previous);
            loaded = fresh;
            return fresh;
        } finally {
            refreshing.unlock();
        }
    }

    private Loaded read(Loaded previous) {
        try {
            publishing.ifPresent(SnapshotPublishing::publishIfDue);
            tableReads.incrementAndGet();
            return new Loaded(table.newest().map(p -> PublicViews.of(p.version(), p.checkedAt(), p.snapshot())),
                    System.nanoTime());
        } catch (RuntimeException e) {
            // The last snapshot serves until it is stale; the next request tries again after max-age.
            LOG.warn("The public snapshot could not be refreshed: {}", MessageFreeTrace.of(e));
            return new Loaded(previous == null ? Optional.empty() : previous.views(), System.nanoTime());
        }
    }

    private boolean expired(Loaded loaded) {
        return System.nanoTime() - loaded.atNanos() >= settings.maxAge().toNanos();
    }
}

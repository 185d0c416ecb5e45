package jp.kakanai.server.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.publicqueue.PublicSnapshot;
import jp.kakanai.server.publicqueue.PublicSnapshotSettings;
import jp.kakanai.server.publicqueue.PublicSnapshotTable;
import jp.kakanai.server.publicqueue.SnapshotPublishing;
import jp.kakanai.server.queue.VisitTimeline.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the public snapshot ({@code public_snapshot}, V282.1) from the open tickets, the last hour's
 * service rates and the usual congestion: every second on a schedule (so a public application that only
 * reads the table stays current), and when a public request on this server finds its cache expired. The
 * row lock makes servers sharing the database take turns; under it a server that finds the row checked less
 * than max-age ago does nothing, so the queue is looked at once a second in all, however many servers.
 * The content is written only when it changed (its SHA-256 differs); otherwise only the check time moves.
 */
@Component
public class PublicSnapshotPublisher implements SnapshotPublishing {
    private final OpenTickets openTickets;
    private final QueueEstimates estimates;
    private final Departments departments;
    private final UsualCongestion usual;
    private final OfficeClock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Duration maxAge;

    public PublicSnapshotPublisher(OpenTickets openTickets, QueueEstimates estimates, Departments departments,
                                   UsualCongestion usual, OfficeClock clock, JdbcClient jdbc,
                                   PlatformTransactionManager transactions, PublicSnapshotSettings settings) {
        this.openTickets = openTickets;
        this.estimates = estimates;
        this.departments = departments;
        this.usual = usual;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.maxAge = settings.maxAge();
    }

    private record Checked(Optional<Instant> at, Optional<String> hash) {
    }

    @Override
    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "PT1S")
    public void publishIfDue() {
        // Outside the row lock: once a day this rolls up the days that are missing.
        PublicSnapshot.Usual usualNow = usual.current();
        transaction.executeWithoutResult(status -> {
            Checked last = jdbc.sql("select checked_at, content_hash from public_snapshot where id = 1 for update")
                    .query((rs, n) -> new Checked(Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                            .map(OffsetDateTime::toInstant), Optional.ofNullable(rs.getString(2))))
                    .single();
            Instant now = clock.now();
            // abs(): a clock set back (or a server's clock behind another's) must not stop publishing.
            if (last.at().filter(at -> Duration.between(at, now).abs().compareTo(maxAge) < 0).isPresent()) {
                return;
            }
            String content = PublicSnapshotTable.json(build(now, usualNow));
            String hash = sha256(content);
            if (last.hash().filter(hash::equals).isPresent()) {
                jdbc.sql("update public_snapshot set checked_at = :now where id = 1").param("now", utc(now)).update();
            } else {
                jdbc.sql("update public_snapshot set version = version + 1, checked_at = :now, content_hash = :hash,"
                                + " content = :content where id = 1")
                        .param("now", utc(now)).param("hash", hash).param("content", content).update();
            }
        });
    }

    /** The snapshot of the queue at {@code now}: the day's open tickets in calling order, per department. */
    PublicSnapshot build(Instant now, PublicSnapshot.Usual usualNow) {
        List<LiveQueue.Ticket> open = openTickets.of(OfficeClock.dayOf(now));
        Map<String, Integer> perHour = estimates.servedLastHour(now);
        Map<String, Integer> waitingSoFar = new HashMap<>();
        List<PublicSnapshot.Ticket> tickets = new ArrayList<>();
        for (LiveQueue.Ticket t : open) {
            boolean waiting = t.status() == Status.WAITING;
            int ahead = waiting ? waitingSoFar.merge(t.department(), 1, Integer::sum) - 1 : 0;
            tickets.add(new PublicSnapshot.Ticket(t.ticketNumber(), t.earlierNumbers(), t.department(),
                    t.status().name(), ahead, t.enteredQueueAt(), t.counter().orElse(""),
                    waiting ? QueueEstimates.minutes(ahead, perHour.getOrDefault(t.department(), 0)) : Optional.empty()));
        }
        List<PublicSnapshot.Department> board = departments.all().stream().map(d -> {
            List<PublicSnapshot.Call> called = open.stream()
                    .filter(t -> t.department().equals(d.id()) && t.status() == Status.CALLED)
                    .map(t -> new PublicSnapshot.Call(t.ticketNumber(), t.counter().orElse(""),
                            t.calledAt().orElse(t.enteredQueueAt())))
                    .sorted(Comparator.comparing(PublicSnapshot.Call::calledAt).reversed())
                    .toList();
            List<LiveQueue.Ticket> waiting = open.stream()
                    .filter(t -> t.department().equals(d.id()) && t.status() == Status.WAITING).toList();
            return new PublicSnapshot.Department(d.id(), d.name().ja(), called, waiting.size(),
                    waiting.stream().map(LiveQueue.Ticket::enteredQueueAt).min(Comparator.naturalOrder()),
                    QueueEstimates.minutes(waiting.size(), perHour.getOrDefault(d.id(), 0)));
        }).toList();
        return new PublicSnapshot(OfficeClock.dayOf(now), board, tickets, usualNow);
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

/**
 * The public side of the queue (issue 14 §4): what the hall's board, a resident's phone and the congestion
 * page may know, read from one published snapshot. Everything a separate public application needs to show
 * the queue is in this package, and it reads one table, {@code public_snapshot} (migration V282.1), nothing
 * else — so that application can run in another network segment with a database role granted
 * {@code select on public_snapshot} only, or on a logical replica of that one table (docs/queue.md
 * "The public snapshot").
 *
 * <p>The reader API, for a public application:
 * <ul>
 *   <li>{@link jp.kakanai.server.publicqueue.PublicSnapshotTable}{@code (JdbcClient)} — {@code newest()}: the
 *       newest published snapshot with its version and the time a staff server last confirmed it; empty until
 *       one has been published. Reads {@code public_snapshot} and nothing else; ignores unknown JSON fields
 *       (an older public application keeps reading what newer staff servers publish).</li>
 *   <li>{@link jp.kakanai.server.publicqueue.PublicSnapshots}{@code (table, Optional.empty(), settings, clock)} —
 *       the per-server cache without a publisher: {@code current()} gives the
 *       {@link jp.kakanai.server.publicqueue.PublicViews} of a snapshot at most {@code max-age} old (one
 *       request refreshes, the others answer from the last one), or throws {@code ApiProblem} 503 before the
 *       first publication and when the last confirmation is older than {@code stale-after} (no staff server
 *       is publishing: better no board than a wrong one).</li>
 *   <li>{@link jp.kakanai.server.publicqueue.PublicViews} — the answers as the pages want them:
 *       {@code board()}, {@code ticket(number)} (by the present number or an earlier one; empty for a
 *       finished or unknown ticket, which the pages show as 404), {@code congestion()}; identical to the byte
 *       on every server reading the same snapshot.</li>
 *   <li>{@link jp.kakanai.server.publicqueue.PublicSnapshotSettings} — {@code kakanai.public-snapshot.max-age}
 *       (1 s) and {@code stale-after} (1 min).</li>
 * </ul>
 * The staff servers implement {@link jp.kakanai.server.publicqueue.SnapshotPublishing}
 * ({@code queue/PublicSnapshotPublisher}); a public application has no implementation of it and never writes.
 * Nothing in a snapshot is about a person: ticket numbers, counters, counts and times only
 * ({@link jp.kakanai.server.publicqueue.PublicSnapshot}).
 */
package jp.kakanai.server.publicqueue;

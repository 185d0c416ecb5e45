package jp.kakanai.server.publicqueue;

/**
 * The staff side's part of the public snapshot: a server that holds the queue brings the published snapshot
 * up to date when it is older than the cache's maximum age. A public application has no implementation and
 * only reads what the staff servers publish.
 */
public interface SnapshotPublishing {
    void publishIfDue();
}

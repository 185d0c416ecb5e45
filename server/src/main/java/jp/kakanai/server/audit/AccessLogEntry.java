package jp.kakanai.server.audit;

/** A stored row of the access log: its place in the chain, what it records, and its chain hashes. */
public record AccessLogEntry(long seq, AccessRecord record, String previousHash, String hash) {
}

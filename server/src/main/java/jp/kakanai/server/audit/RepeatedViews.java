package jp.kakanai.server.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The staff pages refresh what is on screen by themselves (the day's list every 30 s, an open checklist
 * every 20 s): one record per look, not one per refresh. The same view (person, action, visit, purpose,
 * answer) within {@link #WINDOW} of its last record is not written again. In memory, per server: a second
 * server writes its own first record, which only adds a line.
 */
final class RepeatedViews {
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 20_000;
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    /** Whether this view needs a record now (and if so, remembers that it got one). */
    boolean needsRecord(AccessRecord record) {
        if (!record.action().isView()) {
            return true;
        }
        String key = String.join("\u001f", record.actor(), record.action().id(), record.visitId().orElse(""),
                record.purpose(), Integer.toString(record.status()));
        Instant last = lastWritten.get(key);
        if (last != null && record.at().isBefore(last.plus(WINDOW)) && !record.at().isBefore(last)) {
            return false;
        }
        if (lastWritten.size() > MAX_REMEMBERED) {
            lastWritten.values().removeIf(at -> at.isBefore(record.at().minus(WINDOW)));
        }
        lastWritten.put(key, record.at());
        return true;
    }

    /** After a failed write the view must be recorded at its next call. */
    void forget(AccessRecord record) {
        lastWritten.remove(String.join("\u001f", record.actor(), record.action().id(), record.visitId().orElse(""),
                record.purpose(), Integer.toString(record.status())));
    }
}

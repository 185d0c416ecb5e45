package jp.kakanai.server.api;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * An exception for the log without its messages: each type in the cause chain and where it was thrown.
 * Messages stay out because they may repeat request values (H2 and PostgreSQL quote the value a column
 * refused), and the log must never carry a resident's data. The reference in the answer leads here.
 */
public final class MessageFreeTrace {
    private static final int FRAMES_PER_CAUSE = 12;

    private MessageFreeTrace() {
    }

    public static String of(Throwable e) {
        StringBuilder trace = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
            trace.append(cause == e ? "" : "\nCaused by: ").append(cause.getClass().getName());
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, FRAMES_PER_CAUSE); i++) {
                trace.append("\n\tat ").append(frames[i]);
            }
            if (frames.length > FRAMES_PER_CAUSE) {
                trace.append("\n\t… ").append(frames.length - FRAMES_PER_CAUSE).append(" more");
            }
        }
        return trace.toString();
    }
}

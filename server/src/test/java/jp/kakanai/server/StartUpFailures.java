package jp.kakanai.server;

import java.util.ArrayList;
import java.util.List;

/** For tests of start-up failures: the messages of an exception and all its causes, outermost first. */
public final class StartUpFailures {
    private StartUpFailures() {
    }

    public static List<String> messages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }
}

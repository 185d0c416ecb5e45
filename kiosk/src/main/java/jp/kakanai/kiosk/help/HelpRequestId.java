package jp.kakanai.kiosk.help;

import java.util.UUID;

/** The kiosk's id for one help request: random, so that it says nothing and cannot be guessed. */
public record HelpRequestId(String value) {
    public HelpRequestId {
        if (value == null || !value.matches("[A-Za-z0-9-]{8,36}")) {
            throw new IllegalArgumentException("not a help request id");
        }
    }

    public static HelpRequestId random() {
        return new HelpRequestId(UUID.randomUUID().toString());
    }
}

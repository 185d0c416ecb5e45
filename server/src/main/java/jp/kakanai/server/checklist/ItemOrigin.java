package jp.kakanai.server.checklist;

import java.util.Arrays;

/**
 * Why a procedure is on the checklist: the rules (kept up to date as answers come), the kiosk's choice at
 * check-in, or a clerk who added it. Only untouched rule items disappear when answers make them unneeded.
 */
public enum ItemOrigin {
    RULES("rules"), KIOSK("kiosk"), CLERK("clerk");

    private final String id;

    ItemOrigin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    static ItemOrigin ofId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst().orElseThrow();
    }
}

package jp.kakanai.server.kiosk;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the kiosk sent a resident to the staff desk, as the clerk's list shows it. These are the kiosk's own
 * dead ends (not a town's data): each is a way the self-service check-in can fail.
 */
public enum HelpReason {
    ONE_TRY_LEFT("one-try-left", "暗証番号の残り回数が1回（ロックを防ぐため入力を止めた）"),
    PIN_LOCKED("pin-locked", "暗証番号がロックされている"),
    FORGOT_PIN("forgot-pin", "暗証番号がわからない"),
    NO_CARD("no-card", "カードがない・読めない"),
    CARD_UNREADABLE("card-unreadable", "カードを読み取れなかった"),
    DATA_WRONG("data-wrong", "カードの内容が違うと申し出"),
    REJECTED("rejected", "受付機での受付を受け付けられなかった");

    private final String id;
    private final String forClerk;

    HelpReason(String id, String forClerk) {
        this.id = id;
        this.forClerk = forClerk;
    }

    public String id() {
        return id;
    }

    /** The reason in the clerk's words. */
    public String forClerk() {
        return forClerk;
    }

    public static Optional<HelpReason> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(HelpReason::id).toList());
    }
}

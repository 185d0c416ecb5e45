package jp.kakanai.kiosk.app;

/** Why the kiosk last forgot what it held; the UI words its message from it. */
public enum ResetReason {
    /** The kiosk has just started. */
    STARTED("started"),
    /** The card left the reader before the ticket was issued. */
    CARD_REMOVED("card-removed"),
    /** Nobody touched the screen for the idle timeout. */
    IDLE("idle"),
    /** The resident pressed "start over" or "finish". */
    RESIDENT("resident");

    private final String id;

    ResetReason(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

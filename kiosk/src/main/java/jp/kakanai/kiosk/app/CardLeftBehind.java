package jp.kakanai.kiosk.app;

/**
 * A card still on the reader when a resident's session ends (finish, start over, idle reset) belongs to the
 * resident who just left, not to the next one: until it is taken off, the kiosk reads no card and the page
 * asks for it ("カードをお取りください", with a chime). Without this the next resident landed on the previous
 * one's PIN screen, and a forgotten card stayed on a public kiosk.
 *
 * <p>Thread-safe: the card watcher, the idle timer and the browser's requests all reach it.
 */
final class CardLeftBehind {
    private boolean present;
    private boolean mustBeTaken;
    /** Cards put on the reader since the kiosk started: a new one shows even when it was swapped within a poll. */
    private long arrivals;

    /** From the card watcher: a card on the reader or not (taking it off ends the wait). */
    synchronized void presence(boolean cardPresent) {
        if (cardPresent && !present) {
            arrivals++;
        }
        present = cardPresent;
        if (!cardPresent) {
            mustBeTaken = false;
        }
    }

    /** The resident's session ended: a card still there must be taken before anyone goes on. */
    synchronized void sessionEnded() {
        mustBeTaken = present;
    }

    synchronized boolean mustBeTaken() {
        return mustBeTaken;
    }

    synchronized long arrivals() {
        return arrivals;
    }
}

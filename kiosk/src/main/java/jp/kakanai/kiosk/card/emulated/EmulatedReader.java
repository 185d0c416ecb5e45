package jp.kakanai.kiosk.card.emulated;

import java.util.Objects;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;

/**
 * One emulated card reader: a {@link CardTerminal} into which a test or the demo kiosk inserts and
 * from which it removes an {@link ApduCard}, and which can be unplugged and plugged in again.
 * A card removed while a command is under way makes that command fail with a {@link CardException},
 * as a card pulled from a real reader does.
 */
public final class EmulatedReader extends CardTerminal {
    private final String name;
    private final EmulatedReaders readers;
    private ApduCard card;
    private boolean plugged = true;
    /** Changes on every insertion and removal, so connections to an earlier card go stale. */
    private long insertion;

    EmulatedReader(String name, EmulatedReaders readers) {
        this.name = Objects.requireNonNull(name);
        this.readers = readers;
    }

    /** Puts a card in (replacing any card there), powered up fresh. */
    public void insert(ApduCard newCard) {
        Objects.requireNonNull(newCard);
        synchronized (readers.lock()) {
            newCard.reset();
            card = newCard;
            insertion++;
            readers.changed();
        }
    }

    /** Pulls the card out; a command under way fails as "card removed". */
    public void remove() {
        synchronized (readers.lock()) {
            card = null;
            insertion++;
            readers.changed();
        }
    }

    /** Unplugs the reader: it disappears from the terminal list, its card with it. */
    public void unplug() {
        synchronized (readers.lock()) {
            plugged = false;
            insertion++;
            readers.changed();
        }
    }

    /** Plugs the reader in again; a card still in it is powered up fresh. */
    public void plugIn() {
        synchronized (readers.lock()) {
            plugged = true;
            if (card != null) {
                card.reset();
            }
            insertion++;
            readers.changed();
        }
    }

    @Override
    public String getName() {
        return name;
    }

    /** The lock of all the readers (of {@link EmulatedReaders}), which guards every reader's card. */
    Object lock() {
        return readers.lock();
    }

    /** The current insertion (under {@link #lock()}): a connection made at another one is to an earlier card. */
    long insertion() {
        return insertion;
    }

    boolean plugged() {
        return plugged;
    }

    boolean isCardPresentLocked() {
        return plugged && card != null;
    }

    @Override
    public boolean isCardPresent() {
        synchronized (readers.lock()) {
            return isCardPresentLocked();
        }
    }

    @Override
    public Card connect(String protocol) throws CardException {
        synchronized (readers.lock()) {
            if (!plugged) {
                throw new CardException("reader " + name + " is not connected (SCARD_E_UNKNOWN_READER)");
            }
            if (card == null) {
                throw new CardNotPresentException("no card in reader " + name + " (SCARD_E_NO_SMARTCARD)");
            }
            return new EmulatedConnection(this, card, insertion);
        }
    }

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
        return waitFor(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        return waitFor(false, timeout);
    }

    private boolean waitFor(boolean present, long timeout) {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        long deadline = timeout == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
        synchronized (readers.lock()) {
            while (isCardPresentLocked() != present) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                try {
                    readers.lock().wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public String toString() {
        return "EmulatedReader[" + name + "]";
    }
}

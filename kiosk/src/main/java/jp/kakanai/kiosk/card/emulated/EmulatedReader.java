package jp.kakanai.kiosk.card.emulated;

import java.nio.ByteBuffer;
import java.util.Objects;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

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
            return new Connection(card, insertion);
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

    /** A connection to the card that was in the reader when it was made. */
    private final class Connection extends Card {
        private final ApduCard connected;
        private final long atInsertion;
        private final Channel basic = new Channel();
        private boolean disconnected;

        Connection(ApduCard connected, long atInsertion) {
            this.connected = connected;
            this.atInsertion = atInsertion;
        }

        @Override
        public ATR getATR() {
            return new ATR(connected.atr());
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            checkOpen();
            return basic;
        }

        @Override
        public CardChannel openLogicalChannel() throws CardException {
            throw new CardException("logical channels are not emulated");
        }

        @Override
        public void beginExclusive() throws CardException {
            checkOpen();
            checkStillInserted();
        }

        @Override
        public void endExclusive() {
            checkOpen();
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
            throw new CardException("control commands are not emulated");
        }

        @Override
        public void disconnect(boolean reset) {
            synchronized (readers.lock()) {
                if (!disconnected && reset && atInsertion == insertion) {
                    connected.reset();
                }
                disconnected = true;
            }
        }

        private void checkOpen() {
            synchronized (readers.lock()) {
                if (disconnected) {
                    throw new IllegalStateException("card has been disconnected");
                }
            }
        }

        private void checkStillInserted() throws CardException {
            synchronized (readers.lock()) {
                if (atInsertion != insertion) {
                    throw new CardException("card removed from " + name + " (SCARD_W_REMOVED_CARD)");
                }
            }
        }

        private byte[] exchange(byte[] command) throws CardException {
            checkOpen();
            checkStillInserted();
            // Outside the lock, so that a card that never answers does not block its own removal.
            byte[] response = connected.process(command);
            checkStillInserted();
            if (response == null || response.length < 2) {
                throw new CardException("card answered without a status word");
            }
            return response;
        }

        private final class Channel extends CardChannel {
            @Override
            public Card getCard() {
                return Connection.this;
            }

            @Override
            public int getChannelNumber() {
                checkOpen();
                return 0;
            }

            @Override
            public ResponseAPDU transmit(CommandAPDU command) throws CardException {
                return new ResponseAPDU(exchange(command.getBytes()));
            }

            @Override
            public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
                if (command == response) {
                    throw new IllegalArgumentException("command and response must be different buffers");
                }
                byte[] c = new byte[command.remaining()];
                command.get(c);
                byte[] r = exchange(c);
                java.util.Arrays.fill(c, (byte) 0);
                if (response.remaining() < r.length) {
                    throw new IllegalArgumentException("response buffer too small for " + r.length + " bytes");
                }
                response.put(r);
                return r.length;
            }

            @Override
            public void close() throws CardException {
                throw new IllegalStateException("the basic channel cannot be closed");
            }
        }
    }
}

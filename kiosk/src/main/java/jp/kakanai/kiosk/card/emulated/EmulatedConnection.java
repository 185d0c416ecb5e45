package jp.kakanai.kiosk.card.emulated;

import java.nio.ByteBuffer;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A connection to the card that was in an {@link EmulatedReader} when it was made: once that card is pulled (or
 * another put in), its commands fail with a {@link CardException}, as with a real reader.
 */
final class EmulatedConnection extends Card {
    private final EmulatedReader reader;
    private final ApduCard connected;
    private final long atInsertion;
    private final Channel basic = new Channel();
    private boolean disconnected;

    EmulatedConnection(EmulatedReader reader, ApduCard connected, long atInsertion) {
        this.reader = reader;
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
        synchronized (reader.lock()) {
            if (!disconnected && reset && atInsertion == reader.insertion()) {
                connected.reset();
            }
            disconnected = true;
        }
    }

    private void checkOpen() {
        synchronized (reader.lock()) {
            if (disconnected) {
                throw new IllegalStateException("card has been disconnected");
            }
        }
    }

    private void checkStillInserted() throws CardException {
        synchronized (reader.lock()) {
            if (atInsertion != reader.insertion()) {
                throw new CardException("card removed from " + reader.getName() + " (SCARD_W_REMOVED_CARD)");
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
            return EmulatedConnection.this;
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

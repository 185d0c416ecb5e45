package jp.kakanai.kiosk.card.emulated;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Objects;

/**
 * Puts an {@link ApduCard} into a virtual reader of the real pcscd: the card connects as a TCP client
 * to vsmartcard's vpcd driver (spec §5), and every program on the machine, javax.smartcardio's
 * PC/SC provider included, sees it as a card in the reader "Virtual PCD 00 00" (port 35963) or
 * "Virtual PCD 00 01" (port 35964). Closing the bridge is pulling the card out.
 *
 * <p>Framing both ways: 2-byte big-endian length, then the payload. One-byte messages from vpcd are
 * control: 00 power off, 01 power on, 02 reset, 04 get ATR; longer ones are command APDUs.
 */
public final class VpcdBridge implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final int SLOT_0_PORT = 35963;
    public static final String SLOT_0_READER = "Virtual PCD 00 00";

    private static final int POWER_OFF = 0x00;
    private static final int POWER_ON = 0x01;
    private static final int RESET = 0x02;
    private static final int GET_ATR = 0x04;

    private static final boolean QUICK_ACK_SUPPORTED = supportsQuickAck();

    private final ApduCard card;
    private final Socket socket;
    private final Thread loop;
    private volatile boolean closed;

    private VpcdBridge(ApduCard card, Socket socket) {
        this.card = card;
        this.socket = socket;
        this.loop = new Thread(this::serve, "vpcd-card-" + socket.getLocalPort());
        this.loop.setDaemon(true);
    }

    /** Inserts the card into vpcd's slot 0 on this machine. */
    public static VpcdBridge insert(ApduCard card) throws IOException {
        return insert(card, HOST, SLOT_0_PORT);
    }

    /** Inserts the card into the vpcd slot listening at host:port; fails if vpcd is not listening. */
    public static VpcdBridge insert(ApduCard card, String host, int port) throws IOException {
        Objects.requireNonNull(card);
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), 2000);
            s.setTcpNoDelay(true);
        } catch (IOException e) {
            s.close();
            throw new IOException("vpcd is not listening on " + host + ":" + port
                    + " (is pcscd running with vsmartcard-vpcd installed?)", e);
        }
        VpcdBridge bridge = new VpcdBridge(card, s);
        bridge.loop.start();
        return bridge;
    }

    /** True while vpcd holds the connection. */
    public boolean isInserted() {
        return !closed && loop.isAlive();
    }

    private void serve() {
        try (DataInputStream in = new DataInputStream(socket.getInputStream());
             DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
            while (!closed) {
                quickAck();
                byte[] message = new byte[in.readUnsignedShort()];
                in.readFully(message);
                byte[] reply = answer(message);
                if (reply != null) {
                    byte[] framed = new byte[2 + reply.length];
                    framed[0] = (byte) (reply.length >> 8);
                    framed[1] = (byte) reply.length;
                    System.arraycopy(reply, 0, framed, 2, reply.length);
                    out.write(framed);
                    out.flush();
                }
            }
        } catch (EOFException e) {
            // vpcd closed the connection: pcscd stopped.
        } catch (IOException e) {
            // Closed by close(), or pcscd went away.
        } finally {
            closed = true;
        }
    }

    /**
     * vpcd sends the length and the APDU in two writes with Nagle's algorithm on: without an
     * immediate ACK each command waits out Linux's delayed ACK (about 40 ms). Linux clears the
     * flag after a while, so it is set again before every read.
     */
    private void quickAck() {
        if (QUICK_ACK_SUPPORTED) {
            try {
                socket.setOption(jdk.net.ExtendedSocketOptions.TCP_QUICKACK, true);
            } catch (IOException | UnsupportedOperationException e) {
                // Not Linux: commands are slower, not wrong.
            }
        }
    }

    private byte[] answer(byte[] message) {
        if (message.length != 1) {
            return card.process(message);
        }
        switch (message[0] & 0xFF) {
            case POWER_OFF, POWER_ON, RESET -> card.reset();
            case GET_ATR -> {
                return card.atr();
            }
            default -> {
                // Unknown control byte: vpcd expects no answer to control messages.
            }
        }
        return null;
    }

    private static boolean supportsQuickAck() {
        try (Socket probe = new Socket()) {
            return probe.supportedOptions().contains(jdk.net.ExtendedSocketOptions.TCP_QUICKACK);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Removes the card from the virtual reader. */
    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
    }
}

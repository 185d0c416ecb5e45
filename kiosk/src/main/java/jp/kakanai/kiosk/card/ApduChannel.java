package jp.kakanai.kiosk.card;

import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;

/**
 * Command APDUs to one card with their status words, and READ BINARY of a whole TLV file. Commands go
 * through {@link CardChannel#transmit(ByteBuffer, ByteBuffer)} so that no {@code CommandAPDU} keeps a
 * copy of a PIN; each command array is wiped once sent.
 */
final class ApduChannel {
    static final int SW_OK = 0x9000;
    static final int SW_END_OF_FILE = 0x6282;
    /** A TLV file longer than this is a card lying about its length (spec §1: "a few KB"). */
    static final int MAX_FILE_SIZE = 4096;
    private static final int CHUNK = 256;
    /** As large as the PC/SC provider's own receive buffer, so that only a hostile card overflows it. */
    private static final int RESPONSE_BUFFER = 8192 + 2;

    private final CardChannel channel;
    private int commands;
    private long transmitNanos;

    ApduChannel(CardChannel channel) {
        this.channel = channel;
    }

    /** Response data and status word. */
    record Response(byte[] data, int sw) {
        boolean ok() {
            return sw == SW_OK;
        }
    }

    /** Sends the command, then wipes it (it may carry a PIN). */
    Response transmit(byte[] command) throws CardException, CardProblem {
        ByteBuffer response = ByteBuffer.allocate(RESPONSE_BUFFER);
        int n;
        long start = System.nanoTime();
        try {
            n = channel.transmit(ByteBuffer.wrap(command), response);
        } catch (IllegalArgumentException | java.nio.BufferOverflowException e) {
            throw CardProblem.failure("the card answered with more bytes than any command here asks for");
        } finally {
            transmitNanos += System.nanoTime() - start;
            Arrays.fill(command, (byte) 0);
        }
        commands++;
        if (n < 2) {
            // What vpcd passes on when the card vanished mid-command: judged like a lost connection.
            throw new CardException("the card answered without a status word");
        }
        byte[] r = response.array();
        int sw = ((r[n - 2] & 0xFF) << 8) | (r[n - 1] & 0xFF);
        byte[] data = Arrays.copyOf(r, n - 2);
        Arrays.fill(r, (byte) 0);
        return new Response(data, sw);
    }

    /** Command APDUs sent so far (for the documented APDU count and the benchmark). */
    int commandCount() {
        return commands;
    }

    /** Time spent inside transmit, i.e. waiting on the reader and the card. */
    long transmitNanos() {
        return transmitNanos;
    }

    /** SELECT by DF name (AID), no FCI: {@code 00 A4 04 0C Lc AID}. */
    Response selectApplication(byte[] aid) throws CardException, CardProblem {
        byte[] c = new byte[5 + aid.length];
        c[1] = (byte) 0xA4;
        c[2] = 0x04;
        c[3] = 0x0C;
        c[4] = (byte) aid.length;
        System.arraycopy(aid, 0, c, 5, aid.length);
        return transmit(c);
    }

    /** SELECT EF by file id, no FCI: {@code 00 A4 02 0C 02 FID}; anything but 9000 is a failure. */
    void selectFile(int fid) throws CardException, CardProblem {
        Response r = transmit(new byte[] {0x00, (byte) 0xA4, 0x02, 0x0C, 0x02, (byte) (fid >> 8), (byte) fid});
        if (!r.ok()) {
            throw CardProblem.failure(String.format("selecting file %04X failed with status %04X", fid, r.sw()));
        }
    }

    /**
     * Reads a file holding one BER-TLV: the first chunk gives the length, then the rest in chunks of
     * up to 256 bytes. Returns exactly the TLV's bytes.
     */
    byte[] readTlvFile(String what) throws CardException, CardProblem {
        byte[] first = readBinary(0, CHUNK, what);
        if (first.length == 0) {
            throw CardProblem.failure(what + " is empty");
        }
        BerTlv.Header h = BerTlv.header(first, 0, first.length);
        long total = (long) h.valueOffset() + h.valueLength();
        if (total > MAX_FILE_SIZE) {
            throw CardProblem.failure(what + " claims " + total + " bytes, more than the plausible "
                    + MAX_FILE_SIZE);
        }
        byte[] file = new byte[(int) total];
        int have = Math.min(first.length, file.length);
        System.arraycopy(first, 0, file, 0, have);
        Arrays.fill(first, (byte) 0);
        try {
            while (have < file.length) {
                byte[] chunk = readBinary(have, Math.min(CHUNK, file.length - have), what);
                if (chunk.length == 0) {
                    throw CardProblem.failure(what + " ends after " + have + " of " + file.length + " bytes");
                }
                System.arraycopy(chunk, 0, file, have, chunk.length);
                have += chunk.length;
                Arrays.fill(chunk, (byte) 0);
            }
        } catch (CardException | CardProblem | RuntimeException e) {
            Arrays.fill(file, (byte) 0);
            throw e;
        }
        return file;
    }

    /**
     * Reads a file holding a sequence of TLVs closed by an FF byte or by the end of the file (the
     * licence's EF 0001, spec §3): chunks of 256 bytes until the sequence is complete. Returns the
     * bytes read, which may run past the end marker.
     */
    byte[] readTlvSequence(String what) throws CardException, CardProblem {
        byte[] file = new byte[0];
        try {
            while (true) {
                byte[] chunk = readBinary(file.length, CHUNK, what);
                byte[] longer = Arrays.copyOf(file, file.length + chunk.length);
                System.arraycopy(chunk, 0, longer, file.length, chunk.length);
                Arrays.fill(file, (byte) 0);
                Arrays.fill(chunk, (byte) 0);
                file = longer;
                boolean endOfFile = chunk.length < CHUNK;
                if (endOfFile || sequenceComplete(file)) {
                    return file;
                }
                if (file.length >= MAX_FILE_SIZE) {
                    throw CardProblem.failure(what + " has no end marker within " + MAX_FILE_SIZE + " bytes");
                }
            }
        } catch (CardException | CardProblem | RuntimeException e) {
            Arrays.fill(file, (byte) 0);
            throw e;
        }
    }

    /** True when the TLVs in {@code b} reach an FF end marker; false when more bytes are needed. */
    private static boolean sequenceComplete(byte[] b) {
        int at = 0;
        while (at < b.length) {
            if ((b[at] & 0xFF) == 0xFF) {
                return true;
            }
            try {
                BerTlv.Header h = BerTlv.header(b, at, b.length);
                at = h.valueOffset() + h.valueLength();
            } catch (CardProblem e) {
                return false;
            }
        }
        return false;
    }

    /** READ BINARY {@code 00 B0 offset Le}; accepts 9000 and 6282 (end of file), retries once on 6Cxx. */
    byte[] readBinary(int offset, int length, String what) throws CardException, CardProblem {
        int le = length;
        for (int attempt = 0; attempt < 2; attempt++) {
            Response r = transmit(new byte[] {0x00, (byte) 0xB0, (byte) (offset >> 8), (byte) offset, (byte) le});
            if (r.sw() == SW_OK || r.sw() == SW_END_OF_FILE) {
                if (r.data().length > (le == 0 ? CHUNK : le)) {
                    throw CardProblem.failure(what + ": the card sent more bytes than asked for");
                }
                return r.data();
            }
            if ((r.sw() & 0xFF00) == 0x6C00 && attempt == 0) {
                le = r.sw() & 0xFF;
                continue;
            }
            if (r.sw() == 0x6982) {
                throw CardProblem.failure(what + ": the card refused to read it (security status not satisfied)");
            }
            throw CardProblem.failure(String.format("%s: reading at offset %d failed with status %04X",
                    what, offset, r.sw()));
        }
        throw CardProblem.failure(what + ": the card kept asking for another length");
    }
}

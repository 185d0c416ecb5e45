package jp.kakanai.kiosk.card.emulated;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** Status words and encodings that the emulated cards share (ISO/IEC 7816-4). */
final class Iso7816 {
    static final int SW_OK = 0x9000;
    static final int SW_WRONG_LENGTH = 0x6700;
    static final int SW_SECURITY_NOT_SATISFIED = 0x6982;
    static final int SW_AUTH_METHOD_BLOCKED = 0x6983;
    static final int SW_NO_CURRENT_EF = 0x6986;
    static final int SW_WRONG_P1P2 = 0x6A86;
    static final int SW_FILE_NOT_FOUND = 0x6A82;
    static final int SW_OFFSET_OUTSIDE_EF = 0x6B00;
    static final int SW_INS_NOT_SUPPORTED = 0x6D00;
    static final int SW_CLA_NOT_SUPPORTED = 0x6E00;

    static final byte INS_SELECT = (byte) 0xA4;
    static final byte INS_VERIFY = 0x20;
    static final byte INS_READ_BINARY = (byte) 0xB0;

    private Iso7816() {
    }

    static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static byte[] status(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }

    static byte[] withStatus(byte[] data, int sw) {
        byte[] out = new byte[data.length + 2];
        System.arraycopy(data, 0, out, 0, data.length);
        out[data.length] = (byte) (sw >> 8);
        out[data.length + 1] = (byte) sw;
        return out;
    }

    /** Lc and the data of a short command APDU, or {@code null} when the command carries no data. */
    static byte[] commandData(byte[] command) {
        if (command.length <= 5) {
            return null;
        }
        int lc = command[4] & 0xFF;
        if (command.length != 5 + lc && command.length != 6 + lc) {
            return null;
        }
        byte[] data = new byte[lc];
        System.arraycopy(command, 5, data, 0, lc);
        return data;
    }

    /** Le of a case-2 short APDU (5 bytes); 0 means 256. */
    static int expectedLength(byte[] command) {
        if (command.length != 5) {
            return -1;
        }
        int le = command[4] & 0xFF;
        return le == 0 ? 256 : le;
    }

    /** A BER-TLV with a one- or two-byte tag and a short or long (81, 82) form length. */
    static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (tag > 0xFF) {
            out.write(tag >> 8);
        }
        out.write(tag);
        int n = value.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n <= 0xFF) {
            out.write(0x81);
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    /** A valid T=1 ATR with the given historical bytes and a correct check byte. */
    static byte[] t1Atr(byte[] historical) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x3B);
        out.write(0x80 | historical.length); // TD1 present, K historical bytes
        out.write(0x01);                     // TD1: T=1, nothing further
        out.writeBytes(historical);
        byte[] body = out.toByteArray();
        int tck = 0;
        for (int i = 1; i < body.length; i++) {
            tck ^= body[i] & 0xFF;
        }
        out.write(tck);
        return out.toByteArray();
    }
}

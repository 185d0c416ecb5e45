package jp.kakanai.forms.homeqr;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link CompactWriter} wrote. Anything that does not parse throws {@link DamagedPayload} with
 * the reason: reading past the end, an overlong varint, a string that is not strict UTF-8.
 */
final class CompactReader {
    private final byte[] bytes;
    private int position;

    CompactReader(byte[] bytes) {
        this.bytes = bytes;
    }

    long varint(String what) {
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            int b = next(what);
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new DamagedPayload(what + ": number too long");
    }

    long signed(String what) {
        long zigzag = varint(what);
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    int unsignedByte(String what) {
        return next(what);
    }

    /** A string of at most {@code maxBytes} UTF-8 bytes, decoded strictly (no replacement characters). */
    String string(String what, int maxBytes) {
        long length = varint(what);
        if (length > maxBytes || length > bytes.length - position) {
            throw new DamagedPayload(what + ": length " + length + " runs past the data");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, position, (int) length)).toString();
            position += (int) length;
            return text;
        } catch (CharacterCodingException e) {
            throw new DamagedPayload(what + ": not UTF-8 text");
        }
    }

    void expectEnd() {
        if (position != bytes.length) {
            throw new DamagedPayload((bytes.length - position) + " bytes left over after the last field");
        }
    }

    private int next(String what) {
        if (position >= bytes.length) {
            throw new DamagedPayload(what + ": data ends early");
        }
        return bytes[position++] & 0xFF;
    }

    /** The payload's bytes do not hold what format version 1 says: the reason, never the personal data. */
    static final class DamagedPayload extends RuntimeException {
        DamagedPayload(String why) {
            super(why, null, false, false);
        }
    }
}

package jp.kakanai.kiosk.card;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A BER-TLV (ISO/IEC 8825-1 as ISO 7816-4 uses it) read from card bytes: multi-byte tags, short
 * lengths and the long forms 81 LL and 82 HH LL. Every length is checked against the bytes really
 * there, so a hostile card cannot make the reader index outside its buffer.
 */
record BerTlv(int tag, byte[] source, int valueOffset, int length) {

    /** Offset just after this TLV in {@link #source()}. */
    int end() {
        return valueOffset + length;
    }

    byte[] value() {
        return Arrays.copyOfRange(source, valueOffset, end());
    }

    /** Reads the TLV at {@code offset}; it must end at or before {@code limit}. */
    static BerTlv read(byte[] b, int offset, int limit) throws CardProblem {
        Header h = header(b, offset, limit);
        if (h.valueLength() > limit - h.valueOffset()) {
            throw CardProblem.failure("a TLV with tag " + hexTag(h.tag()) + " claims " + h.valueLength()
                    + " bytes but only " + (limit - h.valueOffset()) + " follow");
        }
        return new BerTlv(h.tag(), b, h.valueOffset(), h.valueLength());
    }

    /** The TLVs directly inside this one, in order. */
    List<BerTlv> children() throws CardProblem {
        List<BerTlv> out = new ArrayList<>();
        int at = valueOffset;
        while (at < end()) {
            BerTlv child = read(source, at, end());
            out.add(child);
            at = child.end();
        }
        return out;
    }

    /** Tag, value offset and value length of the TLV at {@code offset}, without checking the value. */
    static Header header(byte[] b, int offset, int limit) throws CardProblem {
        int at = offset;
        int tag = byteAt(b, at++, limit);
        if ((tag & 0x1F) == 0x1F) {
            int next;
            int tagBytes = 1;
            do {
                next = byteAt(b, at++, limit);
                tag = (tag << 8) | next;
                if (++tagBytes > 3) {
                    throw CardProblem.failure("a TLV tag is longer than 3 bytes");
                }
            } while ((next & 0x80) != 0);
        }
        int first = byteAt(b, at++, limit);
        int length;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x81) {
            length = byteAt(b, at++, limit);
        } else if (first == 0x82) {
            length = (byteAt(b, at++, limit) << 8) | byteAt(b, at++, limit);
        } else {
            throw CardProblem.failure("TLV " + hexTag(tag) + " has an unsupported length form "
                    + String.format("%02X", first));
        }
        return new Header(tag, at, length);
    }

    private static int byteAt(byte[] b, int i, int limit) throws CardProblem {
        if (i >= limit || i >= b.length) {
            throw CardProblem.failure("the card's data ends inside a TLV header");
        }
        return b[i] & 0xFF;
    }

    static String hexTag(int tag) {
        return String.format(tag > 0xFFFF ? "%06X" : tag > 0xFF ? "%04X" : "%02X", tag);
    }

    /** Where a TLV's value starts and how long the card says it is. */
    record Header(int tag, int valueOffset, int valueLength) {
        int totalLength() {
            return valueOffset + valueLength;
        }
    }
}

package jp.kakanai.forms.homeqr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the payload's binary fields: LEB128 varints, zigzag for signed numbers, length-prefixed UTF-8. */
final class CompactWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    CompactWriter varint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("varint must not be negative: " + value);
        }
        while (value >= 0x80) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
        return this;
    }

    CompactWriter signed(long value) {
        return varint((value << 1) ^ (value >> 63));
    }

    CompactWriter unsignedByte(int value) {
        out.write(value);
        return this;
    }

    CompactWriter string(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        out.writeBytes(utf8);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}

package jp.kakanai.forms.render;

import java.util.Arrays;

/**
 * The operators of a PDF content stream (ISO 32000 §8, §9.4) written straight into bytes. PDFBox's
 * {@code PDPageContentStream} wrote each operand through its output stream byte by byte, and that was a sixth of a
 * render with four QR codes of thousands of rectangles; numbers here have at most three decimals (1/1000 pt).
 */
final class ContentStream {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private byte[] bytes = new byte[16 * 1024];
    private int size;

    ContentStream number(double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            put('-');
            thousandths = -thousandths;
        }
        integer(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            put('.');
            put('0' + fraction / 100);
            fraction %= 100;
            if (fraction != 0) {
                put('0' + fraction / 10);
                if (fraction % 10 != 0) {
                    put('0' + fraction % 10);
                }
            }
        }
        return put(' ');
    }

    ContentStream integer(long value) {
        if (value < 0) {
            put('-');
            value = -value;
        }
        if (value >= 10) {
            integer(value / 10);
        }
        return put('0' + (int) (value % 10));
    }

    /** An operator and the end of its line. */
    ContentStream op(String operator) {
        for (int i = 0; i < operator.length(); i++) {
            put(operator.charAt(i));
        }
        return put('\n');
    }

    ContentStream name(String name) {
        put('/');
        for (int i = 0; i < name.length(); i++) {
            put(name.charAt(i));
        }
        return put(' ');
    }

    /** A string of two-byte codes (CIDs) in hex, {@code <0001002A>}. */
    ContentStream codes(int[] codes, int count) {
        ensure(4 * count + 3);
        bytes[size++] = '<';
        for (int i = 0; i < count; i++) {
            int c = codes[i];
            bytes[size++] = HEX[c >> 12 & 0xf];
            bytes[size++] = HEX[c >> 8 & 0xf];
            bytes[size++] = HEX[c >> 4 & 0xf];
            bytes[size++] = HEX[c & 0xf];
        }
        bytes[size++] = '>';
        bytes[size++] = ' ';
        return this;
    }

    /** A string of bytes in hex (codes a PDFBox font encoded). */
    ContentStream codes(byte[] codes) {
        put('<');
        for (byte b : codes) {
            put(HEX[b >> 4 & 0xf]);
            put(HEX[b & 0xf]);
        }
        put('>');
        return put(' ');
    }

    ContentStream raw(byte[] raw) {
        ensure(raw.length);
        System.arraycopy(raw, 0, bytes, size, raw.length);
        size += raw.length;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Compressed fast, for a page of one render. */
    byte[] deflated() {
        return Deflate.fast(bytes, size);
    }

    /** Compressed small, for what is made once. */
    byte[] deflatedSmall() {
        return Deflate.small(bytes, size);
    }

    int size() {
        return size;
    }

    static void hex4(StringBuilder out, int value) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append((char) HEX[value >> shift & 0xf]);
        }
    }

    private ContentStream put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, 2 * bytes.length);
        }
        bytes[size++] = (byte) b;
        return this;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }
}

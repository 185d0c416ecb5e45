package jp.kakanai.forms.homeqr;

import java.io.ByteArrayOutputStream;

/**
 * Base45 (RFC 9285): two bytes in three characters of the QR code's alphanumeric set, so the symbol
 * uses the alphanumeric mode (5.5 bits a character) and carries binary data with 3% overhead instead of
 * the 33% of Base64 in byte mode. The same choice as the EU Digital COVID Certificate.
 */
final class Base45 {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length + 1) / 2 * 3);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int n = (bytes[i] & 0xFF) * 256 + (bytes[i + 1] & 0xFF);
            text.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
        }
        if (bytes.length % 2 == 1) {
            int n = bytes[bytes.length - 1] & 0xFF;
            text.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return text.toString();
    }

    /** The bytes; {@link IllegalArgumentException} naming the position of the first thing wrong. */
    static byte[] decode(CharSequence text, int from) {
        int length = text.length() - from;
        if (length % 3 == 1) {
            throw new IllegalArgumentException("Base45 text of " + length + " characters is cut short");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(length / 3 * 2 + 1);
        for (int i = from; i < text.length(); i += 3) {
            int c = value(text, i);
            int d = value(text, i + 1);
            if (i + 2 < text.length()) {
                int n = c + d * 45 + value(text, i + 2) * 2025;
                if (n > 0xFFFF) {
                    throw new IllegalArgumentException("Base45 group at character " + i + " is out of range");
                }
                bytes.write(n >> 8);
                bytes.write(n & 0xFF);
            } else {
                int n = c + d * 45;
                if (n > 0xFF) {
                    throw new IllegalArgumentException("Base45 group at character " + i + " is out of range");
                }
                bytes.write(n);
            }
        }
        return bytes.toByteArray();
    }

    private static int value(CharSequence text, int at) {
        char c = text.charAt(at);
        int value = c < 128 ? VALUE[c] : -1;
        if (value < 0) {
            throw new IllegalArgumentException("character " + at + " (" + describe(c) + ") is not Base45");
        }
        return value;
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}

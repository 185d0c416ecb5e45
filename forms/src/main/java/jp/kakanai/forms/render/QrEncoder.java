package jp.kakanai.forms.render;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Encodes a back-office code's text as a QR symbol (ISO/IEC 18004) exactly as ZXing 3.5.3's {@code Encoder} does for
 * UTF-8 text (an ECI of 26, byte mode, the smallest version that holds it) — {@code QrEncoderTest} compares them
 * module by module — but in a fraction of its time: the error correction codewords come from log tables instead of
 * ZXing's polynomial objects, and each version's fixed patterns and data path are laid out once. The codewords are
 * made once per text, so that trying another mask ({@link MaskChoice}) only places them again. Measured in
 * docs/forms.md: ZXing's encoding of the four codes of a household of six was a third of a render.
 */
final class QrEncoder {
    private static final int ECI_MODE = 0b0111;
    private static final int UTF_8_ECI = 26;
    private static final int BYTE_MODE = 0b0100;
    private static final AtomicReferenceArray<QrLayoutOfVersion> LAYOUTS = new AtomicReferenceArray<>(41);

    private QrEncoder() {
    }

    /** A text's codewords, data and error correction interleaved, and the version that holds them. */
    record Codewords(Version version, ErrorCorrectionLevel level, byte[] interleaved) {
    }

    /** The codewords of the text, or empty when it is too much for a version-40 symbol. */
    static Optional<Codewords> codewords(String text, ErrorCorrectionLevel level) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        Version version = null;
        for (int v = 1; v <= 40 && version == null; v++) {
            Version candidate = Version.getVersionForNumber(v);
            int bits = 4 + 8 + 4 + (v < 10 ? 8 : 16) + 8 * data.length;
            if (dataCodewords(candidate, level) >= (bits + 7) / 8) {
                version = candidate;
            }
        }
        if (version == null) {
            return Optional.empty();
        }
        int capacity = dataCodewords(version, level);
        Bits bits = new Bits(capacity);
        bits.append(ECI_MODE, 4).append(UTF_8_ECI, 8).append(BYTE_MODE, 4).append(data.length, version.getVersionNumber() < 10 ? 8 : 16);
        for (byte b : data) {
            bits.append(b & 0xff, 8);
        }
        bits.terminate(capacity);
        return Optional.of(new Codewords(version, level, interleave(bits.bytes(), version, level)));
    }

    /** The symbol of the codewords with this mask pattern (0–7), dark modules set. */
    static BitMatrix symbol(Codewords codewords, int mask) {
        return QrLayoutOfVersion.bitMatrix(grid(codewords, mask));
    }

    static FinderLookalikes.Grid grid(Codewords codewords, int mask) {
        QrLayoutOfVersion layout = layout(codewords.version());
        return layout.symbol(codewords.interleaved(), formatBits(codewords.level(), mask), mask);
    }

    private static QrLayoutOfVersion layout(Version version) {
        int v = version.getVersionNumber();
        QrLayoutOfVersion layout = LAYOUTS.get(v);
        if (layout == null) {
            layout = new QrLayoutOfVersion(version);
            LAYOUTS.set(v, layout); // a race only lays the same version out twice
        }
        return layout;
    }

    private static int dataCodewords(Version version, ErrorCorrectionLevel level) {
        return version.getTotalCodewords() - version.getECBlocksForLevel(level).getTotalECCodewords();
    }

    /** The blocks of ISO/IEC 18004 §7.5.2 (shorter ones first), each with its error correction, interleaved. */
    private static byte[] interleave(byte[] data, Version version, ErrorCorrectionLevel level) {
        int total = version.getTotalCodewords();
        Version.ECBlocks ec = version.getECBlocksForLevel(level);
        int blocks = ec.getNumBlocks();
        int ecPerBlock = ec.getECCodewordsPerBlock();
        int longBlocks = total % blocks;
        int shortData = data.length / blocks;
        byte[][] dataBlocks = new byte[blocks][];
        byte[][] ecBlocks = new byte[blocks][];
        int offset = 0;
        for (int b = 0; b < blocks; b++) {
            int size = b < blocks - longBlocks ? shortData : shortData + 1;
            dataBlocks[b] = java.util.Arrays.copyOfRange(data, offset, offset + size);
            ecBlocks[b] = ReedSolomon.remainder(dataBlocks[b], ecPerBlock);
            offset += size;
        }
        byte[] out = new byte[total];
        int at = 0;
        for (int i = 0; i <= shortData; i++) {
            for (int b = 0; b < blocks; b++) {
                if (i < dataBlocks[b].length) {
                    out[at++] = dataBlocks[b][i];
                }
            }
        }
        for (int i = 0; i < ecPerBlock; i++) {
            for (int b = 0; b < blocks; b++) {
                out[at++] = ecBlocks[b][i];
            }
        }
        return out;
    }

    /** The 15 format bits: error correction level and mask, BCH(15,5) code, XOR 0x5412 (ISO/IEC 18004 §7.9). */
    static int formatBits(ErrorCorrectionLevel level, int mask) {
        int info = level.getBits() << 3 | mask;
        return (info << 10 | bch(info, 0x537)) ^ 0x5412;
    }

    /** The 18 version bits of versions 7 and up: the version and its BCH(18,6) code (§7.10). */
    static int versionBits(int version) {
        return version << 12 | bch(version, 0x1F25);
    }

    private static int bch(int value, int poly) {
        int polyBits = 32 - Integer.numberOfLeadingZeros(poly);
        value <<= polyBits - 1;
        while (32 - Integer.numberOfLeadingZeros(value) >= polyBits) {
            value ^= poly << (32 - Integer.numberOfLeadingZeros(value) - polyBits);
        }
        return value;
    }

    /** A growing bit string, most significant bit first. */
    private static final class Bits {
        private final byte[] bytes;
        private int size;

        Bits(int capacityBytes) {
            this.bytes = new byte[capacityBytes];
        }

        Bits append(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                if ((value >> i & 1) != 0) {
                    bytes[size >> 3] |= (byte) (0x80 >>> (size & 7));
                }
                size++;
            }
            return this;
        }

        /** Up to four zero bits, zero bits to the byte, then the pad codewords 0xEC 0x11 … (§7.4.10). */
        void terminate(int capacityBytes) {
            size = Math.min(size + 4, capacityBytes * 8);
            size = (size + 7) & ~7;
            for (int pad = 0; size < capacityBytes * 8; pad++) {
                append(pad % 2 == 0 ? 0xEC : 0x11, 8);
            }
        }

        byte[] bytes() {
            return bytes;
        }
    }
}

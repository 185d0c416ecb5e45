package jp.kakanai.kiosk.card;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Card text decoded strictly: what cannot be shown as it is becomes the placeholder 〓 with a
 * {@link TextFlag} for staff, never dropped silently and never a crash. Names are not normalised:
 * even NFC turns compatibility ideographs such as 﨑 into other characters.
 */
final class CardText {
    private static final java.nio.charset.Charset EUC_JP = java.nio.charset.Charset.forName("EUC-JP");

    private CardText() {
    }

    /** Strict UTF-8 (spec §1, 外字 unverified): malformed bytes, private-use and control code points flag. */
    static String utf8(byte[] bytes, String field, List<TextFlag> flags) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                flags.add(new TextFlag(field, "malformed UTF-8 at byte " + in.position()));
                out.put(TextFlag.PLACEHOLDER);
                in.position(in.position() + r.length());
            } else {
                break; // underflow: all bytes decoded (the buffer cannot overflow: never more chars than bytes)
            }
        }
        decoder.flush(out);
        out.flip();
        return flagUnshowable(out.toString(), field, flags);
    }

    /**
     * A licence's text (spec §3): 2-byte JIS X 0208 codes, decoded by setting the high bit of both
     * bytes and reading the pair as EUC-JP. FFF1–FFF7 are 外字 drawn as images on the card and
     * FFFA a missing character: each becomes a flagged 〓, as does any code outside JIS X 0208.
     */
    static String jisX0208(byte[] bytes, String field, List<TextFlag> flags) {
        StringBuilder sb = new StringBuilder(bytes.length / 2);
        CharsetDecoder euc = EUC_JP.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int hi = bytes[i] & 0xFF;
            int lo = bytes[i + 1] & 0xFF;
            int code = (hi << 8) | lo;
            String flag = null;
            if (code >= 0xFFF1 && code <= 0xFFF7) {
                flag = String.format("外字 image %d on the card (code %04X)", code - 0xFFF0, code);
            } else if (code == 0xFFFA) {
                flag = "missing character on the card (欠字, code FFFA)";
            } else if (hi < 0x21 || hi > 0x7E || lo < 0x21 || lo > 0x7E) {
                flag = String.format("not a JIS X 0208 code: %04X", code);
            } else {
                try {
                    sb.append(euc.decode(ByteBuffer.wrap(new byte[] {(byte) (hi | 0x80), (byte) (lo | 0x80)})));
                } catch (java.nio.charset.CharacterCodingException e) {
                    flag = String.format("JIS X 0208 code %04X has no Unicode character", code);
                }
            }
            if (flag != null) {
                flags.add(new TextFlag(field, flag));
                sb.append(TextFlag.PLACEHOLDER);
            }
        }
        if (bytes.length % 2 != 0) {
            flags.add(new TextFlag(field, "odd byte at the end of JIS X 0208 text"));
            sb.append(TextFlag.PLACEHOLDER);
        }
        return sb.toString();
    }

    /** Replaces private-use and control code points by 〓, flagging each. */
    static String flagUnshowable(String text, String field, List<TextFlag> flags) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.PRIVATE_USE || type == Character.CONTROL || type == Character.SURROGATE) {
                flags.add(new TextFlag(field, String.format(
                        type == Character.PRIVATE_USE ? "private-use character U+%04X (外字)" : "control character U+%04X",
                        cp)));
                sb.append(TextFlag.PLACEHOLDER);
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Raw card bytes for an error message: quoted if printable ASCII, else hex. */
    static String raw(byte[] all) {
        byte[] bytes = all.length > 32 ? java.util.Arrays.copyOf(all, 32) : all;
        String more = all.length > 32 ? " … (" + all.length + " bytes)" : "";
        boolean printable = true;
        for (byte b : bytes) {
            printable &= b >= 0x20 && b < 0x7F;
        }
        if (printable) {
            return "'" + new String(bytes, StandardCharsets.US_ASCII) + "'" + more;
        }
        StringBuilder sb = new StringBuilder("bytes");
        for (byte b : bytes) {
            sb.append(String.format(" %02X", b));
        }
        return sb.append(more).toString();
    }
}

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

package jp.kakanai.kiosk.card.emulated;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.temporal.ChronoField;

/**
 * How an IC driver's licence stores its entries (spec §3): text as 2-byte JIS X 0208 codes, dates of the entries
 * as an era digit and YYMMDD, dates of the common data as BCD. For {@link EmulatedDriversLicence} and tests that
 * build a licence's bytes by hand.
 */
public final class LicenceEncoding {
    private LicenceEncoding() {
    }

    /** Text as the licence stores it: 2-byte JIS X 0208 codes (EUC-JP with the high bits cleared). */
    public static byte[] jisX0208(String text) {
        CharsetEncoder euc = Charset.forName("EUC-JP").newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String ch = new String(Character.toChars(text.codePointAt(i)));
            ByteBuffer b;
            try {
                b = euc.encode(CharBuffer.wrap(ch));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("'" + ch + "' is not in JIS X 0208", e);
            }
            if (b.remaining() != 2 || (b.get(0) & 0xFF) < 0xA1 || (b.get(1) & 0xFF) < 0xA1) {
                throw new IllegalArgumentException("'" + ch + "' is not a JIS X 0208 character (use full width)");
            }
            out.write(b.get(0) & 0x7F);
            out.write(b.get(1) & 0x7F);
        }
        return out.toByteArray();
    }

    /** A licence date: era digit (1 明治 … 5 令和) + YYMMDD in that era. */
    public static String warekiDigits(LocalDate d) {
        JapaneseDate j = JapaneseDate.from(d);
        return String.format("%d%02d%02d%02d", j.getEra().getValue() + 2, j.get(ChronoField.YEAR_OF_ERA),
                d.getMonthValue(), d.getDayOfMonth());
    }

    /** A date of the common data: YYYYMMDD as four BCD bytes. */
    static byte[] bcd(LocalDate d) {
        String s = String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) (((s.charAt(2 * i) - '0') << 4) | (s.charAt(2 * i + 1) - '0'));
        }
        return b;
    }
}

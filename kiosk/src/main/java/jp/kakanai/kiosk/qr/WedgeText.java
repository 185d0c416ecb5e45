package jp.kakanai.kiosk.qr;

import java.util.Optional;

/**
 * The text a keyboard-wedge 2D scanner typed, made ready for {@link jp.kakanai.forms.homeqr.HomeQrCodec}:
 * the CR/LF (or TAB) the scanner ends with is dropped, and a garbled code is recognised and, where the
 * garbling is a fixed character mapping, undone. Undoing is safe because the code carries a CRC-32: a
 * wrong guess reads as damaged, never as someone else's data. Spaces are kept: a space is a Base45
 * character (though never the last one).
 *
 * @param text      the text to decode
 * @param garbling  the garbling found and undone, if any (tell staff to fix the scanner or the PC)
 */
public record WedgeText(String text, Optional<Garbling> garbling) {
    private static final String US_ON_JIS_TYPED = "+(~";
    private static final String US_ON_JIS_MEANT = ":*+";
    private static final String JIS_ON_US_TYPED = "'\":";
    private static final String JIS_ON_US_MEANT = ":*+";

    public static WedgeText of(String typed) {
        String text = stripLineEnds(typed == null ? "" : typed);
        if (looksTypedThroughJapaneseInput(text)) {
            return new WedgeText(undoFullWidth(text), Optional.of(Garbling.JAPANESE_INPUT));
        }
        if (text.startsWith("kkn")) {
            return new WedgeText(swapCase(text), Optional.of(Garbling.CAPS_LOCK));
        }
        if (text.matches("KKN[0-9]{1,3}\\+.*")) {
            return new WedgeText(remap(text, US_ON_JIS_TYPED, US_ON_JIS_MEANT), Optional.of(Garbling.US_SCANNER_ON_JIS_KEYBOARD));
        }
        if (text.matches("KKN[0-9]{1,3}'.*")) {
            return new WedgeText(remap(text, JIS_ON_US_TYPED, JIS_ON_US_MEANT), Optional.of(Garbling.JIS_SCANNER_ON_US_KEYBOARD));
        }
        return new WedgeText(text, Optional.empty());
    }

    /** True when the text holds kana the IME made of letters: no mapping gets the code back. */
    public boolean lostToKanaConversion() {
        return garbling.filter(g -> g == Garbling.JAPANESE_INPUT).isPresent()
                && text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA);
    }

    private static String stripLineEnds(String typed) {
        int start = 0;
        int end = typed.length();
        while (start < end && isLineEnd(typed.charAt(start))) {
            start++;
        }
        while (end > start && isLineEnd(typed.charAt(end - 1))) {
            end--;
        }
        return typed.substring(start, end);
    }

    private static boolean isLineEnd(char c) {
        return c == '\r' || c == '\n' || c == '\t';
    }

    private static boolean looksTypedThroughJapaneseInput(String text) {
        return text.chars().anyMatch(c -> c >= 0xFF01 && c <= 0xFF5E || c == 0x3000
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION);
    }

    /**
     * Full-width letters, digits and signs back to ASCII; with the IME in hiragana mode '-' arrives as
     * 'ー', '.' as '。' and '/' as '・'. Kana made of letters stays: it cannot be undone.
     */
    private static String undoFullWidth(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.chars().forEach(c -> ascii.append((char) switch (c) {
            case 0x3000 -> ' ';
            case 'ー' -> '-';
            case '。' -> '.';
            case '・' -> '/';
            default -> c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
        }));
        return ascii.toString();
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder(text.length());
        text.chars().forEach(c -> swapped.append((char) (Character.isLowerCase(c) ? Character.toUpperCase(c)
                : Character.isUpperCase(c) ? Character.toLowerCase(c) : c)));
        return swapped.toString();
    }

    private static String remap(String text, String typed, String meant) {
        StringBuilder fixed = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            int at = typed.indexOf(c);
            fixed.append(at >= 0 ? meant.charAt(at) : (char) c);
        });
        return fixed.toString();
    }
}

package jp.kakanai.forms.text;

import java.util.Optional;

/**
 * What is wrong with a piece of text that arrived from outside (a kiosk, a browser, a phone), as a plain
 * sentence that never repeats the text: the sentence may end up in a log or an answer, the text may be a
 * resident's name.
 *
 * <ul>
 *   <li>a lone surrogate (half of a UTF-16 pair): no character at all; PostgreSQL refuses it, fonts cannot draw it;</li>
 *   <li>a control character (C0, DEL, C1), except tab, line feed and carriage return where lines are allowed;</li>
 *   <li>a bidirectional control (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C): invisible,
 *       they make a printed name or address read differently from what is stored (Trojan Source, CVE-2021-42574);</li>
 *   <li>nothing visible: only spaces, format characters, fillers (U+3164, U+FFA0, U+115F, U+1160) or variation
 *       selectors — a name that prints as a blank box.</li>
 * </ul>
 */
public final class TextProblem {
    private TextProblem() {
    }

    /** Problems of any text field: lone surrogates, control and bidirectional characters. */
    public static Optional<String> of(String text, boolean linesAllowed) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                return Optional.of("Contains half of a UTF-16 surrogate pair (not a character); send text as UTF-8.");
            }
            if (isBidiControl(c)) {
                return Optional.of("Contains an invisible bidirectional control character (U+" + hex(c)
                        + "), which could make the printed text read differently.");
            }
            if (Character.getType(c) == Character.CONTROL && !(linesAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of("Contains a control character (U+" + hex(c) + ").");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /**
     * Problems of a name or address: the above, not blank, at least one visible character, and at most
     * {@code maxCodePoints} characters as people count them (code points: 𠮷 is one, though two UTF-16 units).
     */
    public static Optional<String> ofName(String text, int maxCodePoints) {
        Optional<String> basic = of(text, false);
        if (basic.isPresent()) {
            return basic;
        }
        if (!hasVisibleCharacter(text)) {
            return Optional.of(text.isEmpty() ? "This field must not be empty."
                    : "This field has no visible character (only spaces or invisible characters).");
        }
        return tooLong(text, maxCodePoints);
    }

    /** Whether the text would leave any ink when printed (see {@link #isVisible(int)}). */
    public static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(TextProblem::isVisible);
    }

    /** At most {@code maxCodePoints} characters, counted as code points. */
    public static Optional<String> tooLong(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) > maxCodePoints) {
            return Optional.of("At most " + maxCodePoints + " characters.");
        }
        return Optional.empty();
    }

    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** Something that leaves ink: not white space, not a format, filler or variation selector, not unassigned. */
    static boolean isVisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return false;
        }
        // Hangul fillers print nothing; variation selectors only modify the character before them.
        return c != 0x3164 && c != 0xFFA0 && c != 0x115F && c != 0x1160 && !(c >= 0xFE00 && c <= 0xFE0F)
                && !(c >= 0xE0100 && c <= 0xE01EF) && c != 0x034F && !(c >= 0x180B && c <= 0x180F);
    }

    private static String hex(int c) {
        return String.format("%04X", c);
    }
}

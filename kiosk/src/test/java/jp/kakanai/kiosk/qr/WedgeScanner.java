package jp.kakanai.kiosk.qr;

import java.util.Map;

/**
 * What a keyboard-wedge scanner's typing turns into on the PC, from the two keyboard layouts' tables
 * (key position and Shift → character), for the characters of our codes. Letters and digits sit on the
 * same keys in both layouts; the signs differ.
 */
final class WedgeScanner {
    /** US layout: character → key (named by its unshifted US character) and whether Shift is held. */
    private static final Map<Character, String> US_KEYS = Map.of(
            ':', ";+shift", '*', "8+shift", '+', "=+shift", '$', "4+shift", '%', "5+shift",
            '-', "-", '.', ".", '/', "/", ' ', "space");
    /** JIS layout: the same keys (named by the US character at that position) → character. */
    private static final Map<String, Character> JIS_CHARS = Map.ofEntries(
            Map.entry(";+shift", '+'), Map.entry(";", ';'), Map.entry("'", ':'), Map.entry("'+shift", '*'),
            Map.entry("8+shift", '('), Map.entry("=+shift", '~'), Map.entry("4+shift", '$'), Map.entry("5+shift", '%'),
            Map.entry("-", '-'), Map.entry(".", '.'), Map.entry("/", '/'), Map.entry("space", ' '));
    private static final Map<Character, String> JIS_KEYS = Map.of(
            ':', "'", '*', "'+shift", '+', ";+shift", '$', "4+shift", '%', "5+shift",
            '-', "-", '.', ".", '/', "/", ' ', "space");
    private static final Map<String, Character> US_CHARS = Map.ofEntries(
            Map.entry(";+shift", ':'), Map.entry(";", ';'), Map.entry("'", '\''), Map.entry("'+shift", '"'),
            Map.entry("8+shift", '*'), Map.entry("=+shift", '+'), Map.entry("4+shift", '$'), Map.entry("5+shift", '%'),
            Map.entry("-", '-'), Map.entry(".", '.'), Map.entry("/", '/'), Map.entry("space", ' '));

    private WedgeScanner() {
    }

    /** A scanner set to US typing into a PC set to Japanese (JIS). */
    static String usScannerOnJisPc(String code) {
        return typed(code, US_KEYS, JIS_CHARS);
    }

    static String jisScannerOnUsPc(String code) {
        return typed(code, JIS_KEYS, US_CHARS);
    }

    /** Caps Lock on: Shift+letter gives lower case; digits and signs are unaffected. */
    static String capsLock(String code) {
        StringBuilder typed = new StringBuilder();
        code.chars().forEach(c -> typed.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c) : c)));
        return typed.toString();
    }

    /** The IME on in hiragana mode with Shift held for letters: full-width letters, digits and signs. */
    static String japaneseInput(String code) {
        StringBuilder typed = new StringBuilder();
        code.chars().forEach(c -> typed.append((char) switch (c) {
            case ' ' -> '\u3000';
            case '-' -> 'ー';
            case '.' -> '。';
            case '/' -> '・';
            default -> c + 0xFEE0;
        }));
        return typed.toString();
    }

    private static String typed(String code, Map<Character, String> scannerKeys, Map<String, Character> pcChars) {
        StringBuilder typed = new StringBuilder();
        for (char c : code.toCharArray()) {
            String key = scannerKeys.get(c);
            typed.append(key == null ? c : pcChars.get(key));
        }
        return typed.toString();
    }
}

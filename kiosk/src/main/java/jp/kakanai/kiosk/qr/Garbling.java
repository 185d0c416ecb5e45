package jp.kakanai.kiosk.qr;

/**
 * How a keyboard-wedge scanner's typing can garble a code before the kiosk sees it. A wedge scanner is a
 * keyboard to the PC: it sends key positions, and the PC turns them into characters with its own
 * keyboard layout and input method. Our codes use only upper-case letters, digits and {@code  $%*+-./:},
 * so each garbling leaves a recognisable trace.
 */
public enum Garbling {
    /** Japanese input (IME) was on: the code arrived as full-width characters (ＫＫＮ１：…) or kana. */
    JAPANESE_INPUT("ime", "日本語入力（IME）がオンのまま読み取られました。係員が入力を半角英数に切り替えてください。",
            "The scanner typed into Japanese input (IME). Staff: switch the input to half-width alphanumeric."),
    /** Caps Lock was on: the scanner's upper-case letters arrived in lower case. */
    CAPS_LOCK("caps-lock", "Caps Lock がオンのまま読み取られました。係員が Caps Lock を解除してください。",
            "Caps Lock was on while the scanner typed. Staff: turn Caps Lock off."),
    /** A scanner set to the US layout typing into a PC with the Japanese (JIS) layout: ':' arrives as '+'. */
    US_SCANNER_ON_JIS_KEYBOARD("keyboard-layout", "読み取り機のキーボード設定（英語配列）がパソコン（日本語配列）と合っていません。",
            "The scanner is set to the US keyboard layout but the PC uses the Japanese (JIS) layout."),
    /** A scanner set to the Japanese layout typing into a PC with the US layout: ':' arrives as '\''. */
    JIS_SCANNER_ON_US_KEYBOARD("keyboard-layout", "読み取り機のキーボード設定（日本語配列）がパソコン（英語配列）と合っていません。",
            "The scanner is set to the Japanese (JIS) keyboard layout but the PC uses the US layout.");

    private final String code;
    private final String ja;
    private final String en;

    Garbling(String code, String ja, String en) {
        this.code = code;
        this.ja = ja;
        this.en = en;
    }

    /** Short code for the UI and for staff: {@code ime}, {@code caps-lock}, {@code keyboard-layout}. */
    public String code() {
        return code;
    }

    /** What staff should fix, in Japanese. */
    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }
}

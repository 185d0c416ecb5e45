package jp.kakanai.kiosk.card;

/**
 * A place where the card's text could not be shown as it is: the text holds the placeholder 〓
 * there, and staff must check the card surface. {@code field} is the key ("name", "address", …),
 * {@code reason} says why in plain words (malformed UTF-8, private-use code point, 外字 image, …).
 */
public record TextFlag(String field, String reason) {
    /** The placeholder (U+3013 GETA MARK) that marks an unreadable character. */
    public static final String PLACEHOLDER = "〓";
}

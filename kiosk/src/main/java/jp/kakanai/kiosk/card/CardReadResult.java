package jp.kakanai.kiosk.card;

/**
 * The outcome of reading a card: {@link Read} or one of the {@link CardError}s. Java 17 has no
 * pattern switch yet, so callers test with {@code instanceof}:
 * <pre>{@code
 * if (result instanceof CardReadResult.Read read) { ... read.reading().basicFour() ... }
 * else if (result instanceof CardError.WrongPin wrong) { ... wrong.triesLeft() ... }
 * }</pre>
 */
public sealed interface CardReadResult permits CardReadResult.Read, CardError {

    /** The card was read; nothing failed. */
    record Read(CardReading reading) implements CardReadResult {
    }
}

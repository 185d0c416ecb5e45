package jp.kakanai.kiosk.card;

/** The outcome of asking a card how many PIN tries are left (no try is spent asking). */
public sealed interface PinTriesResult permits PinTriesResult.TriesLeft, CardError {

    /** The PIN can be entered; {@code tries} is 1 to 3 (0 is reported as {@link CardError.PinLocked}). */
    record TriesLeft(CardType cardType, int tries) implements PinTriesResult {
        /**
         * With one try left the kiosk never verifies: the resident goes to staff (a locked PIN can
         * only be reset at the municipal counter).
         */
        public boolean onlyOneLeft() {
            return tries <= 1;
        }
    }
}

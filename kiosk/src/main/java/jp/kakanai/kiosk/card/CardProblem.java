package jp.kakanai.kiosk.card;

/** Ends a card session early with a typed {@link CardError}; carries no stack trace. */
final class CardProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient CardError error;

    CardProblem(CardError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    static CardProblem failure(String detail) {
        return new CardProblem(new CardError.CardFailure(detail));
    }

    CardError error() {
        return error;
    }
}

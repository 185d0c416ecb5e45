package jp.kakanai.kiosk.card;

import javax.smartcardio.CardException;

/** Tells the card type by the applications it answers (never by ATR, which vendors change). */
final class CardDetection {
    private CardDetection() {
    }

    /** Selects the matching application and returns the card's type; an unknown card is an error. */
    static CardType detect(ApduChannel ch) throws CardException, CardProblem {
        if (MyNumberCardApp.select(ch)) {
            return CardType.MY_NUMBER_CARD;
        }
        if (DriversLicenceApp.select(ch)) {
            return CardType.DRIVERS_LICENCE;
        }
        throw new CardProblem(new CardError.UnknownCard());
    }
}

package jp.kakanai.kiosk.app;

import java.util.Optional;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.kiosk.card.CardReading;
import jp.kakanai.kiosk.card.CardType;

/**
 * Who is at the kiosk: from the card, or from a home-prepared QR code (then no card was read; kana may come).
 * Every step of the way asks for one first, and is refused (409) without: read the card, or start over.
 */
record ResidentAtKiosk(BasicFourInfo basicFour, boolean myNumberCardRead, Optional<String> kana) {

    static ResidentAtKiosk require(SessionSnapshot now) {
        if (now.receipt().isEmpty() && now.homeQr().isPresent()) {
            return new ResidentAtKiosk(now.homeQr().get().resident(), false, now.homeQr().get().kana());
        }
        CardReading reading = requireReading(now);
        return new ResidentAtKiosk(reading.basicFour(), reading.cardType() == CardType.MY_NUMBER_CARD, Optional.empty());
    }

    static CardReading requireReading(SessionSnapshot now) {
        if (now.receipt().isPresent()) {
            throw LocalProblem.notNow("This visit is checked in already; start over for another one.");
        }
        return now.reading().orElseThrow(() -> LocalProblem.notNow("Read the card first."));
    }

    @Override
    public String toString() {
        return Redacted.record(this, "basicFour", "myNumberCardRead");
    }
}

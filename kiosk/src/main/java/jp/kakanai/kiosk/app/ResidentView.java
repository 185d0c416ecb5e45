package jp.kakanai.kiosk.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.forms.wareki.WarekiFormatter;
import jp.kakanai.kiosk.card.CardReading;
import jp.kakanai.kiosk.card.TextFlag;

/**
 * The card's data as the resident confirms it on screen: the birth date also in 和暦 (as the forms print
 * it), the places the card's text could not be shown (〓, for staff), and the My Number only masked.
 */
public record ResidentView(String cardType, String name, String address, LocalDate birthDate,
                           String birthDateWareki, String sex, List<TextFlag> textFlags,
                           Optional<String> myNumberMasked) {
    @Override
    public String toString() {
        return Redacted.record(this, "cardType", "textFlags");
    }


    ResidentView withMyNumber(String masked) {
        return new ResidentView(cardType, name, address, birthDate, birthDateWareki, sex, textFlags, Optional.of(masked));
    }

    static ResidentView of(CardReading reading) {
        BasicFourInfo b = reading.basicFour();
        return new ResidentView(reading.cardType().id(), b.name(), b.address(), b.birthDate(),
                WarekiFormatter.format(b.birthDate()), b.sex().iso5218(), reading.textFlags(),
                reading.myNumber().map(n -> n.masked()));
    }

    /** The resident of a home-prepared QR code ({@code cardType} {@code home-qr}: no card, nothing to flag). */
    static ResidentView of(HomeQrPayload payload) {
        BasicFourInfo b = payload.resident();
        return new ResidentView("home-qr", b.name(), b.address(), b.birthDate(), WarekiFormatter.format(b.birthDate()),
                b.sex().iso5218(), List.of(), Optional.empty());
    }
}

package jp.kakanai.kiosk.card;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;

/**
 * What was read from a card: the basic four facts, the places where the text holds a flagged 〓
 * placeholder (show them to staff), the My Number when it was asked for, and licence details for a
 * driver's licence. A licence carries no sex, so its {@code basicFour().sex()} is
 * {@link Sex#NOT_KNOWN} (ISO 5218 "0").
 */
public record CardReading(CardType cardType, BasicFourInfo basicFour, List<TextFlag> textFlags,
                          Optional<MyNumber> myNumber, Optional<LicenceDetails> licence) {
    public CardReading {
        Objects.requireNonNull(cardType, "cardType");
        Objects.requireNonNull(basicFour, "basicFour");
        textFlags = List.copyOf(textFlags);
        Objects.requireNonNull(myNumber, "myNumber");
        Objects.requireNonNull(licence, "licence");
    }

    /** True when some text holds a 〓 placeholder that staff must check against the card surface. */
    public boolean needsStaffCheck() {
        return !textFlags.isEmpty();
    }
}

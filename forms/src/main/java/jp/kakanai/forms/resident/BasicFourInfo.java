package jp.kakanai.forms.resident;

import java.time.LocalDate;
import java.util.Objects;
import jp.kakanai.forms.text.Redacted;

/**
 * 基本4情報 (the basic four facts of a resident): name, address, birth date and sex, as the card's
 * 券面事項入力補助AP or a resident's home-prepared QR gives them. Names are kept exactly as read: never
 * normalised, since even NFC changes compatibility ideographs in names.
 */
public record BasicFourInfo(String name, String address, LocalDate birthDate, Sex sex) {
    @Override
    public String toString() {
        return Redacted.record(this);
    }

    public BasicFourInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }
}

package jp.kakanai.kiosk.card;

import java.time.LocalDate;
import java.util.Objects;
import jp.kakanai.forms.text.Redacted;

/** What a driver's licence adds to the basic facts: the name in kana and the expiry date. */
public record LicenceDetails(String nameKana, LocalDate expiryDate) {
    @Override
    public String toString() {
        return Redacted.record(this, "expiryDate");
    }

    public LicenceDetails {
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(expiryDate, "expiryDate");
    }
}

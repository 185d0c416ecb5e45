package jp.kakanai.kiosk.card;

import java.time.LocalDate;
import java.util.Objects;

/** What a driver's licence adds to the basic facts: the name in kana and the expiry date. */
public record LicenceDetails(String nameKana, LocalDate expiryDate) {
    public LicenceDetails {
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(expiryDate, "expiryDate");
    }
}

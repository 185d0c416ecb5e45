package jp.kakanai.server.visit;

import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.checkin.EventFacts;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.text.Redacted;

/**
 * What a visit knows beyond the resident's 基本4情報, from wherever it came (the kiosk's check-in, a home QR, the
 * counter interview), in one place: the forms are filled from it, the interview edits it, a take-over finds it.
 *
 * @param household       empty while not known (the resident did not say at the kiosk)
 * @param householderName the 世帯主's name when it is neither the applicant nor a listed member (moving into an
 *                        existing household)
 */
public record VisitFacts(Optional<String> kana, Optional<String> postcode, Optional<String> phone,
                         Optional<Household> household, Optional<String> householderName, EventFacts event) {
    @Override
    public String toString() {
        return Redacted.record(this, "household", "event");
    }

    public VisitFacts {
        Objects.requireNonNull(kana, "kana");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(householderName, "householderName");
        Objects.requireNonNull(event, "event");
    }

    public static VisitFacts none() {
        return new VisitFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                EventFacts.none());
    }

    public VisitFacts withHousehold(Optional<Household> value) {
        return new VisitFacts(kana, postcode, phone, value, householderName, event);
    }

    public VisitFacts withEvent(EventFacts value) {
        return new VisitFacts(kana, postcode, phone, household, householderName, value);
    }
}

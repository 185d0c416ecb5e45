package jp.kakanai.kiosk.navigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.text.Redacted;

/**
 * {@code POST /api/navigation} as the kiosk sends it: only the birth date from the card (the navigation
 * needs no name or address), the household when the resident gave it (absent: not known), the answers.
 */
public record NavigationQuery(String event, Resident resident, Optional<List<MemberFacts>> household,
                              Map<String, String> answers) {

    public record Resident(LocalDate birthDate, boolean myNumberCardRead) {
        @Override
        public String toString() {
            return Redacted.record(this, "myNumberCardRead");
        }
    }
}

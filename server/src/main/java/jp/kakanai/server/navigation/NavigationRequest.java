package jp.kakanai.server.navigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.text.Redacted;

/**
 * {@code POST /api/navigation}: the life event, what the card says that matters (the birth date only:
 * the navigation needs no name or address), the household ({@code null} while unknown, {@code []} for
 * someone living alone), the answers so far, and the visit date (today when absent).
 */
public record NavigationRequest(String event, ResidentFacts resident, List<MemberFacts> household,
                                Map<String, String> answers, LocalDate visitDate) {

    public record ResidentFacts(LocalDate birthDate, Boolean myNumberCardRead) {
        @Override
        public String toString() {
            return Redacted.record(this, "myNumberCardRead");
        }
    }

    /** A household member: relationship ({@code spouse}, {@code child}, {@code parent}, {@code grandchild}, {@code other}). */
    public record MemberFacts(String relationship, LocalDate birthDate, Boolean deceased) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship", "deceased");
        }
    }
}

package jp.kakanai.forms.checkin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.MyNumberDigits;
import jp.kakanai.forms.text.Redacted;

/**
 * What a kiosk sends to the server to check a resident in ({@code POST /api/visits}): the resident's data, the
 * life event, the procedures chosen and, only when a chosen procedure's form asks for it, the resident's 個人番号
 * (My Number, 12 digits; see {@link MyNumberDigits}). Since issue 13 also everything else the kiosk collected, so
 * that nothing is lost on the way to the forms: the kana of the name (a home QR has it), the household, the life
 * event's facts (the move's new address and date) and the answers. Every addition is optional: the previous body
 * is accepted unchanged (docs/journeys.md). Shared by server and kiosk as the API's data type. {@link #toString()}
 * says which parts are there, never what they say ({@link Redacted}; {@link BasicFourInfo} masks itself).
 *
 * @param household absent while unknown (the resident did not say); an empty member list: living alone
 * @param answers   the navigation answers by question id
 * @param reservation the code of a 来庁予約 ({@code RSV-XXXX-XXXX}) the resident showed at the kiosk: its ticket
 *                  is then a reserved one (docs/queue.md, Reservations); absent for a walk-in
 */
public record CheckIn(BasicFourInfo resident, String lifeEvent, List<String> procedures, Optional<String> myNumber,
                      Optional<String> kana, Optional<Household> household, Optional<EventFacts> event,
                      Map<String, String> answers, Optional<String> reservation) {
    public CheckIn {
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        myNumber = myNumber == null ? Optional.empty() : myNumber;
        kana = Objects.requireNonNullElse(kana, Optional.<String>empty()).filter(k -> !k.isBlank());
        household = Objects.requireNonNullElse(household, Optional.empty());
        event = Objects.requireNonNullElse(event, Optional.<EventFacts>empty()).filter(e -> !e.isEmpty());
        // Insertion order kept: the kiosk sends its answers in the order given.
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        reservation = Objects.requireNonNullElse(reservation, Optional.<String>empty()).filter(r -> !r.isBlank());
    }

    /** The body of issue 13, without a reservation. */
    public CheckIn(BasicFourInfo resident, String lifeEvent, List<String> procedures, Optional<String> myNumber,
                   Optional<String> kana, Optional<Household> household, Optional<EventFacts> event,
                   Map<String, String> answers) {
        this(resident, lifeEvent, procedures, myNumber, kana, household, event, answers, Optional.empty());
    }

    /** Without a My Number. */
    public CheckIn(BasicFourInfo resident, String lifeEvent, List<String> procedures) {
        this(resident, lifeEvent, procedures, Optional.empty());
    }

    /** The body before issue 13: resident, event, procedures, My Number. */
    public CheckIn(BasicFourInfo resident, String lifeEvent, List<String> procedures, Optional<String> myNumber) {
        this(resident, lifeEvent, procedures, myNumber, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** This check-in with the resident's My Number, for forms that have its boxes. */
    public CheckIn withMyNumber(String digits) {
        return withMyNumber(Optional.of(digits));
    }

    /** The same check-in with another (or no) My Number value, everything else unchanged. */
    public CheckIn withMyNumber(Optional<String> value) {
        return new CheckIn(resident, lifeEvent, procedures, value, kana, household, event, answers, reservation);
    }

    public CheckIn withKana(String value) {
        return new CheckIn(resident, lifeEvent, procedures, myNumber, Optional.ofNullable(value), household, event, answers, reservation);
    }

    public CheckIn withHousehold(Household value) {
        return new CheckIn(resident, lifeEvent, procedures, myNumber, kana, Optional.ofNullable(value), event, answers, reservation);
    }

    public CheckIn withEvent(EventFacts value) {
        return new CheckIn(resident, lifeEvent, procedures, myNumber, kana, household, Optional.ofNullable(value), answers, reservation);
    }

    public CheckIn withAnswers(Map<String, String> value) {
        return new CheckIn(resident, lifeEvent, procedures, myNumber, kana, household, event, value, reservation);
    }

    /** The same check-in with the code of the reservation the resident showed (or none). */
    public CheckIn withReservation(String code) {
        return new CheckIn(resident, lifeEvent, procedures, myNumber, kana, household, event, answers,
                Optional.ofNullable(code));
    }

    @Override
    public String toString() {
        return Redacted.record(this, "resident", "lifeEvent", "procedures");
    }
}

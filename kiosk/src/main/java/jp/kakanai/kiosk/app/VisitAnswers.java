package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import jp.kakanai.forms.checkin.EventFacts;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.kiosk.navigation.MemberFacts;

/**
 * What the resident told the kiosk about the visit, at one moment: the life event, the answers in the order given
 * ({@code answerOrder}, the household as {@link KioskSession#HOUSEHOLD} among them, so "back" undoes the last), the
 * household, the move, the event's own date, and the server's route for them. A value: each change makes a new
 * one, which {@link KioskSession} swaps in under its lock, so a reader never sees half a change. Every change of
 * what the route depends on moves the {@code revision}, so a route computed for older answers is not kept.
 *
 * @param household empty while unknown — not answered, or answered "don't know" (then {@link #householdAnswered()});
 *                  an empty list for someone living alone; with names, kana and sex where a home QR gave them
 * @param eventDate 死亡日 of a death, 出生日 of a birth
 */
public record VisitAnswers(Optional<String> lifeEvent, Map<String, String> answers, List<String> answerOrder,
                           Optional<List<Member>> household, Optional<MoveFacts> move, Optional<LocalDate> eventDate,
                           long revision, Optional<JsonNode> navigation) {

    public VisitAnswers {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        answerOrder = List.copyOf(answerOrder);
        household = household.map(List::copyOf);
    }

    /** Nothing told yet. */
    static VisitAnswers none() {
        return new VisitAnswers(Optional.empty(), Map.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, Optional.empty());
    }

    /** Nothing told, for {@code event}: the answers and the route for them gone. */
    private VisitAnswers cleared(Optional<String> event) {
        return new VisitAnswers(event, Map.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                revision + 1, Optional.empty());
    }

    /** The session's wipe or a new resident: the event and everything told for it gone. */
    VisitAnswers forgotten() {
        return cleared(Optional.empty());
    }

    /**
     * After the ticket: the resident's answers go; the event and the route stay for the ticket screen (and the
     * revision, so a route still on its way for them is kept as well).
     */
    VisitAnswers afterCheckIn() {
        return new VisitAnswers(lifeEvent, Map.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                revision, navigation);
    }

    /**
     * A home-prepared QR code: its life event, the household the resident gave at home (the household first, as
     * asked; names, kana and sex too, for the forms' tables) and its answers in a stable order.
     */
    VisitAnswers fromHomeQr(HomeQrPayload payload) {
        List<String> order = new ArrayList<>();
        Optional<List<Member>> members = payload.household().map(given -> given.stream()
                .map(m -> new Member(m.relationship().id(), m.birthDate(), m.sex(), m.name(), m.kana(), m.deceased(),
                        m.householder(), Optional.empty())).toList());
        members.ifPresent(m -> order.add(KioskSession.HOUSEHOLD));
        Map<String, String> given = new TreeMap<>(payload.answers().values());
        order.addAll(given.keySet());
        return new VisitAnswers(Optional.of(payload.lifeEvent()), given, order, members, Optional.empty(),
                Optional.empty(), revision + 1, Optional.empty());
    }

    /** A new life event starts the questions afresh. */
    VisitAnswers withLifeEvent(String event) {
        Objects.requireNonNull(event);
        VisitAnswers base = lifeEvent.filter(event::equals).isPresent() ? this : cleared(lifeEvent);
        return new VisitAnswers(Optional.of(event), base.answers, base.answerOrder, base.household, base.move,
                base.eventDate, base.revision + 1, base.navigation);
    }

    VisitAnswers withAnswer(String questionId, String value) {
        Map<String, String> more = new LinkedHashMap<>(answers);
        more.put(questionId, value);
        return new VisitAnswers(lifeEvent, more, answeredLast(questionId), household, move, eventDate, revision + 1,
                Optional.empty());
    }

    /** {@code members} empty: living alone; {@code null}: the resident does not know (the clerk asks). */
    VisitAnswers withHousehold(List<Member> members) {
        return new VisitAnswers(lifeEvent, answers, answeredLast(KioskSession.HOUSEHOLD), Optional.ofNullable(members),
                move, eventDate, revision + 1, Optional.empty());
    }

    private List<String> answeredLast(String questionId) {
        List<String> order = new ArrayList<>(answerOrder);
        order.remove(questionId);
        order.add(questionId);
        return order;
    }

    /** Without the last answer; empty when there was none. */
    Optional<VisitAnswers> withoutLastAnswer() {
        if (answerOrder.isEmpty()) {
            return Optional.empty();
        }
        String last = answerOrder.get(answerOrder.size() - 1);
        Map<String, String> fewer = new LinkedHashMap<>(answers);
        if (!last.equals(KioskSession.HOUSEHOLD)) {
            fewer.remove(last);
        }
        return Optional.of(new VisitAnswers(lifeEvent, fewer, answerOrder.subList(0, answerOrder.size() - 1),
                last.equals(KioskSession.HOUSEHOLD) ? Optional.empty() : household, move, eventDate, revision + 1,
                Optional.empty()));
    }

    /** The move's date and addresses, as checked by the server's address master; replaces what was given. */
    VisitAnswers withMove(MoveFacts facts) {
        return new VisitAnswers(lifeEvent, answers, answerOrder, household, Optional.of(facts), eventDate,
                revision + 1, navigation);
    }

    /**
     * The event's own date (死亡日, 出生日), replacing what was given: a day that has been, within the year the
     * server accepts (a date further back is for the counter).
     */
    VisitAnswers withEventDate(LocalDate date, LocalDate today) {
        if (date == null) {
            throw LocalProblem.badField("date", "This field is required.");
        }
        if (date.isAfter(today) || date.isBefore(today.minusYears(1))) {
            throw LocalProblem.badField("date", "The date must lie within the last year.");
        }
        return new VisitAnswers(lifeEvent, answers, answerOrder, household, move, Optional.of(date), revision,
                navigation);
    }

    /** With the server's route made for {@code atRevision} (this one unchanged if anything changed meanwhile). */
    VisitAnswers withNavigation(long atRevision, JsonNode route) {
        return atRevision != revision ? this
                : new VisitAnswers(lifeEvent, answers, answerOrder, household, move, eventDate, revision,
                Optional.of(route));
    }

    /** What the navigation needs of the household: relationship, birth date, whether this is the deceased. */
    public Optional<List<MemberFacts>> navigationHousehold() {
        return household.map(members -> members.stream()
                .map(m -> new MemberFacts(m.relationship(), m.birthDate(), m.isDeceased())).toList());
    }

    /** What the check-in carries of the event: its date and the move, as far as they were given. */
    public Optional<EventFacts> eventFacts() {
        if (eventDate.isEmpty() && move.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventFacts(eventDate, move));
    }

    /** How many questions were answered (the household included), for "question n" and "back". */
    public int answerCount() {
        return answerOrder.size();
    }

    /** True when the household question was answered (with members, alone, or "don't know"). */
    public boolean householdAnswered() {
        return answerOrder.contains(KioskSession.HOUSEHOLD);
    }

    @Override
    public String toString() {
        return Redacted.record(this, "lifeEvent", "answerOrder", "revision");
    }
}

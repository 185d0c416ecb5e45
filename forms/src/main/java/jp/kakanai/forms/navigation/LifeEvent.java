package jp.kakanai.forms.navigation;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A life event a visit can be about, as the town pack's {@code life-events.json} defines it: no event id is
 * compiled into the programs. What they treat differently for an event is an attribute: whether it is a
 * move (and which address the card holds), whether the household includes the person who died or a child just
 * born, and what the event already answers on the forms.
 *
 * @param name           the official short name (転入), for staff pages and the cover sheet
 * @param choice         how the kiosk offers it to the resident (引っ越してきた（転入）)
 * @param deceasedMember the household includes the person who died; the event's date is the 死亡日
 * @param newborn        the household includes a child born within the days a birth is registered in (出生届: 14
 *                       days, 戸籍法 §49); the kiosk offers the day of birth by one tap, and it is the event's date
 *                       (出生日). Never together with {@code deceasedMember}: the event has one date.
 * @param impliedAnswers form answer id → value the event implies (転入 ticks 転入 as the 国保 reason)
 * @param movesOnAnswer  question id → answer → move, for an event that brings a move only by its answers (婚姻 or
 *                       離婚 with 「市内で引っ越す」: a 転居)
 */
public record LifeEvent(String id, LocalizedText name, LocalizedText choice, Optional<Move> move,
                        boolean deceasedMember, boolean newborn, Map<String, String> impliedAnswers,
                        Map<String, Map<String, Move>> movesOnAnswer) {

    /**
     * Which way a move goes (住民基本台帳法 §22–24); the 住民異動届 ticks 転入, 転出 or 転居 by it. The address on the
     * resident's card (or home QR) is the previous one for all three: the new one is picked from the town's address
     * master or given as text (issue 13, docs/journeys.md).
     */
    public enum Move {
        IN("in"), OUT("out"), WITHIN("within");

        private final String id;

        Move(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Move> byId(String id) {
            for (Move move : values()) {
                if (move.id.equals(id)) {
                    return Optional.of(move);
                }
            }
            return Optional.empty();
        }
    }

    public LifeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(move, "move");
        impliedAnswers = Map.copyOf(impliedAnswers);
        movesOnAnswer = Map.copyOf(movesOnAnswer);
    }

    /** Without moves by answer, not a birth. */
    public LifeEvent(String id, LocalizedText name, LocalizedText choice, Optional<Move> move, boolean deceasedMember,
                     Map<String, String> impliedAnswers) {
        this(id, name, choice, move, deceasedMember, false, impliedAnswers, Map.of());
    }

    /** The visit's move: the event's own, else the one its answers bring ({@code movesOnAnswer}), if any. */
    public Optional<Move> moveWith(Map<String, String> answers) {
        if (move.isPresent()) {
            return move;
        }
        return movesOnAnswer.entrySet().stream()
                .flatMap(q -> Optional.ofNullable(answers.get(q.getKey())).map(q.getValue()::get).stream())
                .findFirst();
    }

    /** The official name, e.g. for 「転入のお手続き」. */
    public LocalizedText displayName() {
        return name;
    }

    public boolean isMove() {
        return move.isPresent();
    }
}

package jp.kakanai.forms.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads {@code life-events.json}: the events a visit can be about, with their names, how the kiosk offers
 * them, and the attributes the programs act on ({@code move}, {@code deceasedMember}, {@code newborn},
 * {@code implies}).
 * Whether an implied answer is one a form has is checked with the forms, across files.
 */
final class LifeEventsReader {
    private final JsonReading reading;
    private final TextLanguages languages;

    LifeEventsReader(JsonReading reading, List<String> languages) {
        this.reading = reading;
        this.languages = TextLanguages.all(languages, LocalizedText.EASY_JAPANESE);
    }

    /** An event with the lines of its implied answers (checked against the forms later). */
    record Read(LifeEvent event, int line, Map<String, Integer> impliedLines, Map<String, Integer> moveAnswerLines) {
    }

    List<Read> read(LocatedJson.Obj root) {
        List<Read> events = new ArrayList<>();
        if (!reading.properties(root, Set.of("lifeEvents"), Set.of(), "life-events.json")) {
            return events;
        }
        Map<String, Integer> seen = new HashMap<>();
        reading.eachObject(root, "lifeEvents", "a life event", node -> event(node)
                .filter(e -> reading.unique("life event", e.event().id(), node, seen))
                .ifPresent(events::add));
        if (events.isEmpty() && root.has("lifeEvents")) {
            reading.problem(root.lineOf("lifeEvents"), "a town needs at least one life event");
        }
        return events;
    }

    private Optional<Read> event(LocatedJson.Obj node) {
        if (!reading.properties(node, Set.of("id", "name", "choice"), Set.of("move", "deceasedMember", "newborn", "implies", "moveOnAnswer"),
                "a life event")) {
            return Optional.empty();
        }
        Optional<String> id = reading.id(node, "id");
        Optional<LocalizedText> name = Texts.read(reading, node, "name", languages);
        Optional<LocalizedText> choice = Texts.read(reading, node, "choice", languages);
        Optional<LifeEvent.Move> move = reading.string(node, "move").flatMap(m -> move(m, node.lineOf("move")));
        Map<String, Map<String, LifeEvent.Move>> movesOnAnswer = new LinkedHashMap<>();
        Map<String, Integer> moveAnswerLines = new LinkedHashMap<>();
        node.get("moveOnAnswer").flatMap(o -> reading.object(o, "\"moveOnAnswer\" (question id → {answer: move})"))
                .ifPresent(o -> o.members().forEach((question, answers) -> {
                    moveAnswerLines.put(question, o.lineOf(question));
                    Map<String, LifeEvent.Move> moves = new LinkedHashMap<>();
                    reading.object(answers, "the answers of '" + question + "' (answer → in, out or within)")
                            .ifPresent(a -> a.members().forEach((answer, value) -> (value instanceof LocatedJson.Value v
                                    ? v.text() : Optional.<String>empty()).flatMap(m -> move(m, a.lineOf(answer)))
                                    .ifPresent(m -> moves.put(answer, m))));
                    movesOnAnswer.put(question, moves);
                }));
        boolean deceased = reading.bool(node, "deceasedMember").orElse(false);
        boolean newborn = reading.bool(node, "newborn").orElse(false);
        if (deceased && newborn) {
            // The event has one date (EventFacts.date): a 死亡日 or an 出生日, never both.
            reading.problem(node.lineOf("newborn"), "a life event is either \"newborn\" or \"deceasedMember\", not both:"
                    + " the event's date is the day of birth or the day of death");
        }
        ImpliedAnswersReader.Implied implied = ImpliedAnswersReader.read(reading, node);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(new LifeEvent(id.get(), name.orElse(LocalizedText.unreadable(id.get())),
                choice.orElse(LocalizedText.unreadable(id.get())), move, deceased, newborn, implied.answers(), movesOnAnswer),
                node.line(), implied.lines(), moveAnswerLines));
    }

    private Optional<LifeEvent.Move> move(String id, int line) {
        Optional<LifeEvent.Move> found = LifeEvent.Move.byId(id);
        if (found.isEmpty()) {
            reading.problem(line, "move '" + id + "' is not one of in, out, within");
        }
        return found;
    }
}

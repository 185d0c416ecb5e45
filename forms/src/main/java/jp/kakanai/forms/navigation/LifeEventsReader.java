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
 * them, and the attributes the programs act on ({@code move}, {@code deceasedMember}, {@code implies}).
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
    record Read(LifeEvent event, int line, Map<String, Integer> impliedLines) {
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
        if (!reading.properties(node, Set.of("id", "name", "choice"), Set.of("move", "deceasedMember", "implies"),
                "a life event")) {
            return Optional.empty();
        }
        Optional<String> id = reading.id(node, "id");
        Optional<LocalizedText> name = Texts.read(reading, node, "name", languages);
        Optional<LocalizedText> choice = Texts.read(reading, node, "choice", languages);
        Optional<LifeEvent.Move> move = reading.string(node, "move").flatMap(m -> {
            Optional<LifeEvent.Move> found = LifeEvent.Move.byId(m);
            if (found.isEmpty()) {
                reading.problem(node.lineOf("move"), "move '" + m + "' is not one of in, out, within");
            }
            return found;
        });
        boolean deceased = reading.bool(node, "deceasedMember").orElse(false);
        Map<String, String> implied = new LinkedHashMap<>();
        Map<String, Integer> impliedLines = new LinkedHashMap<>();
        node.get("implies").flatMap(i -> reading.object(i, "\"implies\" (answer id → value)")).ifPresent(i ->
                i.members().forEach((answer, value) -> {
                    Optional<String> text = value instanceof LocatedJson.Value v ? v.text() : Optional.empty();
                    if (text.isEmpty()) {
                        reading.problem(value, "the implied answer '" + answer + "' must be a text value");
                    } else {
                        implied.put(answer, text.get());
                        impliedLines.put(answer, i.lineOf(answer));
                    }
                }));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(new LifeEvent(id.get(), name.orElse(LocalizedText.unreadable(id.get())),
                choice.orElse(LocalizedText.unreadable(id.get())), move, deceased, implied),
                node.line(), impliedLines));
    }
}

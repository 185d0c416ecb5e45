package jp.kakanai.forms.pack;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;
import jp.kakanai.forms.render.CoverTexts;

/** Reads {@code cover-sheet.json}: every text of the cover sheet, the heading with its {event} slot. */
final class CoverTextsReader {
    static final String FILE = "cover-sheet.json";
    private static final List<String> KEYS = List.of("title", "heading", "headingWithoutEvent", "ticketLabel",
            "honorific", "route", "noStops", "bring", "nothingToBring", "toConfirm", "note");
    private final JsonReading reading;

    CoverTextsReader(JsonReading reading) {
        this.reading = reading;
    }

    Optional<CoverTexts> read(LocatedJson.Obj root) {
        if (!reading.properties(root, Set.copyOf(KEYS), Set.of(), FILE)) {
            return Optional.empty();
        }
        List<Optional<String>> texts = KEYS.stream().map(k -> reading.string(root, k)).toList();
        if (texts.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        if (!texts.get(1).get().contains("{event}")) {
            reading.problem(root.lineOf("heading"), "the heading needs {event}, where the life event's name is printed");
        }
        List<String> t = texts.stream().map(Optional::get).toList();
        return Optional.of(new CoverTexts(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5), t.get(6), t.get(7),
                t.get(8), t.get(9), t.get(10)));
    }
}

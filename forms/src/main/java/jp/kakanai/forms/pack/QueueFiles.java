package jp.kakanai.forms.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * The queue's town data in the pack: {@code queue/ticket-purposes.json} (the ticket machine's buttons) and
 * {@code queue/reservations.json} (来庁予約). Read with the rest of the pack and checked against its
 * departments, so that {@code forms.jar validate-pack} finds their mistakes offline, with file and line, as the
 * server's upload does: one set of rules, here (the server only uses what is read). A pack made before these
 * files existed gets the sample town's, checked against its own departments.
 */
public final class QueueFiles {
    public static final String TICKET_PURPOSES = "queue/ticket-purposes.json";
    public static final String RESERVATIONS = "queue/reservations.json";
    static final Set<String> ALL = Set.of(TICKET_PURPOSES, RESERVATIONS);
    private static final List<String> TEXT_LANGUAGES = List.of("ja", "en");

    /** What the two files say (as far as they could be read: whole only when no problem was added). */
    record Read(List<TicketPurpose> purposes, Optional<ReservationSettings> reservations) {
    }

    private QueueFiles() {
    }

    static Read read(DataFiles files, Set<String> departments, List<FileProblem> problems) {
        List<TicketPurpose> purposes = file(files, TICKET_PURPOSES, problems,
                (r, root) -> new TicketPurposesReader(r, departments).read(root)).orElse(List.of());
        Optional<ReservationSettings> reservations = file(files, RESERVATIONS, problems,
                (r, root) -> new ReservationsReader(r, departments).read(root)).flatMap(s -> s);
        return new Read(purposes, reservations);
    }

    private static <T> Optional<T> file(DataFiles files, String name, List<FileProblem> problems,
                                        java.util.function.BiFunction<JsonReading, LocatedJson.Obj, T> reader) {
        Optional<String> own = files.text(name);
        String text = own.or(() -> DataFiles.sample().text(name)).orElseThrow(() -> new IllegalStateException(
                name + " is missing from the sample town built into the program"));
        JsonReading reading = new JsonReading(own.isPresent() ? name : name + " (the sample town's: the pack has none)",
                problems);
        return reading.parseObject(text, name).map(root -> reader.apply(reading, root));
    }

    /** A department id of the pack, else a problem listing the pack's. */
    static boolean department(JsonReading reading, LocatedJson.Obj obj, String key, Set<String> departments) {
        Optional<String> id = reading.string(obj, key);
        if (id.isEmpty()) {
            if (!obj.has(key)) {
                reading.problem(obj, "missing '" + key + "'");
            }
            return false;
        }
        if (!departments.contains(id.get())) {
            reading.problem(obj.lineOf(key), key + " '" + id.get() + "' is no department of departments.json ("
                    + String.join(", ", new TreeSet<>(departments)) + ")");
            return false;
        }
        return true;
    }

    /** A text in Japanese and in English ({@code {"ja": "…", "en": "…"}}), as the machine and booking pages show. */
    static Map<String, String> jaAndEn(JsonReading reading, LocatedJson.Obj obj, String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        Optional<LocatedJson.Obj> node = obj.get(key).flatMap(n -> reading.object(n, "'" + key + "' in ja and en"));
        if (!obj.has(key)) {
            reading.problem(obj, "missing '" + key + "' ({\"ja\": \"…\", \"en\": \"…\"})");
        }
        node.ifPresent(n -> reading.checkProperties(n, Set.copyOf(TEXT_LANGUAGES), "'" + key + "'"));
        for (String language : TEXT_LANGUAGES) {
            node.ifPresent(n -> {
                if (!n.has(language)) {
                    reading.problem(n, "missing '" + key + "." + language + "'");
                }
            });
            texts.put(language, node.flatMap(n -> reading.string(n, language)).map(String::strip).orElse(""));
        }
        return texts;
    }
}

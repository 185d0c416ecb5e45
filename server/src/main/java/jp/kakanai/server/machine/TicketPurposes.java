package jp.kakanai.server.machine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.QueueProperties;
import jp.kakanai.server.queue.QueueTownFiles;
import jp.kakanai.server.townpack.PerPackVersion;
import jp.kakanai.server.townpack.TownPackCheck;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The ticket machine's purposes, from {@code queue/ticket-purposes.json} of the town pack version in force
 * (town data: what a town's machine offers is decided there, not in code; a manager's switch changes the
 * buttons without a restart). A broken file in the start-up version stops the start-up, in an uploaded one it
 * refuses the upload ({@link TownPackCheck}), with every problem named.
 */
@Component
public class TicketPurposes implements TownPackCheck {
    static final String FILE = QueueTownFiles.TICKET_PURPOSES;
    private final Supplier<List<TicketPurpose>> purposes;
    private final QueueProperties properties;

    @Autowired
    public TicketPurposes(QueueProperties properties, TownPacks packs) {
        this.properties = properties;
        this.purposes = new PerPackVersion<>(packs, this::of);
        purposes.get();
    }

    /** The purposes of one fixed pack (tests, tools). */
    TicketPurposes(Departments departments, DataFiles pack) {
        this.properties = null;
        List<TicketPurpose> fixed = read(QueueTownFiles.read(pack, FILE), departments);
        this.purposes = () -> fixed;
    }

    TicketPurposes(Departments departments, TownPack pack) {
        this(departments, pack.files());
    }

    public List<TicketPurpose> all() {
        return purposes.get();
    }

    public Optional<TicketPurpose> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<FileProblem> problemsOf(TownPack pack) {
        return QueueTownFiles.problemsOf(pack, this::of);
    }

    private List<TicketPurpose> of(TownPack pack) {
        return read(QueueTownFiles.read(pack.files(), FILE), new Departments(properties, pack));
    }

    static List<TicketPurpose> read(JsonNode root, Departments departments) {
        List<String> problems = new ArrayList<>();
        List<TicketPurpose> purposes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = root.path("purposes");
        if (!list.isArray() || list.isEmpty()) {
            problems.add("\"purposes\" must be a non-empty list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String where = "purposes[" + i + "]";
            String id = p.path("id").asText("");
            if (!id.matches("[a-z0-9-]{1,32}")) {
                problems.add(where + ".id must be 1-32 lower-case letters, digits or '-'");
            } else if (!ids.add(id)) {
                problems.add(where + ".id '" + id + "' appears twice");
            }
            String department = p.path("department").asText("");
            if (!departments.exists(department)) {
                problems.add(where + ".department '" + department + "' is no department of the catalog");
            }
            Map<String, String> name = texts(p.path("name"), where + ".name", problems);
            Map<String, String> hint = texts(p.path("hint"), where + ".hint", problems);
            purposes.add(new TicketPurpose(id, department, name, hint));
        }
        if (!problems.isEmpty()) {
            throw new QueueTownFiles.Invalid(FILE, problems);
        }
        return List.copyOf(purposes);
    }

    private static Map<String, String> texts(JsonNode node, String where, List<String> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : List.of("ja", "en")) {
            String text = node.path(language).asText("").strip();
            if (text.isEmpty()) {
                problems.add(where + "." + language + " is missing");
            }
            texts.put(language, text);
        }
        return texts;
    }
}

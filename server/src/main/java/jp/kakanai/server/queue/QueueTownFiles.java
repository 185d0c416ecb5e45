package jp.kakanai.server.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Consumer;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.pack.TownPack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue's town data in the town pack ({@code queue/reservations.json}, {@code queue/ticket-purposes.json}):
 * what a town offers is the town's decision, not code. A pack made before these files existed gets the
 * sample town's (said in the log); their readers then check them against the pack's departments. They follow
 * the version in force like every other file of the pack; a version whose file is wrong is refused at upload
 * naming the file and the field, and a broken start-up pack stops the start-up.
 */
public final class QueueTownFiles {
    public static final String RESERVATIONS = "queue/reservations.json";
    public static final String TICKET_PURPOSES = "queue/ticket-purposes.json";
    private static final Logger LOG = LoggerFactory.getLogger(QueueTownFiles.class);

    private QueueTownFiles() {
    }

    /** The file from the pack, else from the sample town, as JSON. */
    public static JsonNode read(DataFiles pack, String path) {
        String text = pack.text(path).orElseGet(() -> {
            LOG.info("The town pack has no {}: the sample town's is used", path);
            return DataFiles.sample().text(path).orElseThrow(() -> new IllegalStateException(
                    "Kakanai configuration: " + path + " is missing from the town pack and from the sample town"));
        });
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new Invalid(path, List.of("not JSON: " + e.getOriginalMessage()));
        }
    }

    /** The problems of one queue file of a pack, for {@code TownPackCheck}: what reading it would refuse. */
    public static List<FileProblem> problemsOf(TownPack pack, Consumer<TownPack> reading) {
        try {
            reading.accept(pack);
            return List.of();
        } catch (Invalid e) {
            return e.problems.stream().map(p -> new FileProblem(e.file, 0, p)).toList();
        }
    }

    /** A queue file of the pack that cannot be used, with every problem named by its field. */
    public static final class Invalid extends IllegalStateException {
        private final String file;
        private final List<String> problems;

        public Invalid(String file, List<String> problems) {
            super("Kakanai configuration: " + file + ": " + String.join("; ", problems));
            this.file = file;
            this.problems = List.copyOf(problems);
        }
    }
}

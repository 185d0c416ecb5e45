package jp.kakanai.server.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import jp.kakanai.forms.json.DataFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue's town data in the town pack ({@code queue/reservations.json}, {@code queue/ticket-purposes.json}):
 * what a town offers is the town's decision, not code. A pack made before these files existed gets the
 * sample town's (said in the log); their readers then check them against the town's departments, so a
 * mismatch stops the start-up naming the file and the field.
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
        } catch (IOException e) {
            throw new UncheckedIOException("Kakanai configuration: town pack file " + path + " is not JSON: "
                    + e.getMessage(), e);
        }
    }
}

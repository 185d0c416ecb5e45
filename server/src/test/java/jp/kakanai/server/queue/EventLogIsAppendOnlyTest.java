package jp.kakanai.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No code path updates or deletes an event or a measure: the log is the truth (issue 7). */
class EventLogIsAppendOnlyTest {
    private static final Pattern CHANGE = Pattern.compile(
            "(update\\s+queue_(event|measure)|delete\\s+from\\s+queue_(event|measure)|truncate\\s+table\\s+queue_)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noSourceOrMigrationChangesQueueEventsOrMeasures() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> CHANGE.matcher(read(f)).find())
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theLogHasNoUpdateOrDeleteMethod() {
        assertThat(Stream.of(QueueEventLog.class.getMethods()).map(m -> m.getName().toLowerCase()))
                .noneMatch(name -> name.startsWith("update") || name.startsWith("delete") || name.startsWith("remove"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

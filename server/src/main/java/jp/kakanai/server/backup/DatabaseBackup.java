package jp.kakanai.server.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.privacy.DataKeyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A backup of the H2 database while the server runs ({@code BACKUP TO}: a consistent copy of the file,
 * zipped; still encrypted when H2 file encryption is on), with the data key file beside it, into
 * {@code kakanai.backup.dir}. The master key is never written there: it stays where the administrator keeps
 * it, apart from the data (a stolen backup opens no My Number). The data keys are copied after the
 * database, so every number in the copy has its key; a number purged later stays openable from this
 * backup, so backups are kept no longer than the My Number retention (docs/security.md). PostgreSQL is
 * backed up with pg_dump instead.
 */
@Service
public class DatabaseBackup {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final JdbcClient jdbc;
    private final DataKeyFile dataKeys;
    private final OfficeClock clock;
    private final Path directory;
    private final String url;

    public DatabaseBackup(JdbcClient jdbc, DataKeyFile dataKeys, OfficeClock clock,
                          @Value("${kakanai.backup.dir:./backups}") Path directory,
                          @Value("${spring.datasource.url}") String url) {
        this.jdbc = jdbc;
        this.dataKeys = dataKeys;
        this.clock = clock;
        this.directory = directory;
        this.url = url;
    }

    /** The two files a backup wrote. */
    public record Written(String database, String dataKeys, long databaseBytes) {
    }

    public synchronized Written backUp(String actor) {
        if (!url.startsWith("jdbc:h2:")) {
            throw new ApiProblem(409, "This server runs on PostgreSQL: back it up with pg_dump, and the data key file"
                    + " with it (docs/security.md).", null);
        }
        String stamp = clock.now().atZone(OfficeClock.ZONE).format(STAMP);
        Path database = directory.resolve("kakanai-" + stamp + ".zip").toAbsolutePath().normalize();
        Path keys = directory.resolve("kakanai-" + stamp + ".data-keys").toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            if (Files.exists(database)) {
                throw ApiProblem.conflict("A backup was made this very second; try again in a moment.");
            }
            jdbc.sql("BACKUP TO '" + database.toString().replace("'", "''") + "'").update();
            dataKeys.copyTo(keys);
            long size = Files.size(database);
            LOG.info("Database backup by {}: {} ({} bytes) and {}", actor, database, size, keys);
            return new Written(database.toString(), keys.toString(), size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup to " + directory, e);
        }
    }
}

package jp.kakanai.server.townpack;

import java.nio.file.Path;
import jp.kakanai.forms.pack.InvalidTownPackException;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.pack.TownPackLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The town pack the server starts with: the directory {@code kakanai.town-pack} names, else the sample town
 * built into the jar. It seeds an empty database as version 1 ({@link TownPacks}); once the database has
 * versions, they are in force. An invalid pack stops the start-up with every problem listed by file and
 * line: a server that guessed around a mistake would print wrong forms.
 */
@Configuration
class TownPackSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TownPackSetup.class);

    @Bean
    TownPack startPack(TownPackSource source) {
        String where = source.directory().map(Path::toString).orElse("(the sample town)");
        try {
            TownPack pack = source.directoryFiles().map(TownPackLoader::load).orElseGet(TownPack::sample);
            LOG.info("Town pack {} at start-up: {} ({} files), sha256 {}", where, pack.manifest().town().ja(),
                    pack.files().all().size(), pack.hash());
            return pack;
        } catch (InvalidTownPackException e) {
            throw new IllegalStateException("Kakanai cannot start: the town pack " + where + " is invalid. "
                    + e.getMessage() + "\nCheck it with: java -jar forms.jar validate-pack " + where, e);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IllegalStateException("Kakanai cannot start: the town pack " + where + " cannot be read: "
                    + e.getMessage(), e);
        }
    }
}

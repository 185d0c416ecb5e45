package jp.kakanai.server.townpack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.pack.InvalidTownPackException;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.pack.TownPackLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The town pack the server starts with: the directory {@code kakanai.town-pack} names, else the sample town
 * built into the jar. An invalid pack stops the start-up with every problem listed by file and line: a
 * server that guessed around a mistake would print wrong forms.
 */
@Configuration
class TownPackSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TownPackSetup.class);

    @Bean
    TownPack townPack(@Value("${kakanai.town-pack:}") String directory) {
        Optional<Path> dir = Optional.of(directory.strip()).filter(d -> !d.isEmpty()).map(Path::of);
        if (dir.isPresent() && !Files.isDirectory(dir.get())) {
            throw new IllegalStateException("Kakanai configuration: kakanai.town-pack=" + dir.get()
                    + " is not a directory; name the town pack's directory (the one with town.json), or leave the "
                    + "setting out to start with the sample town");
        }
        try {
            TownPack pack = dir.map(d -> TownPackLoader.load(DataFiles.fromDirectory(d))).orElseGet(TownPack::sample);
            LOG.info("Town pack {} ({}), sha256 {}", pack.manifest().town().ja(),
                    dir.map(Path::toString).orElse("the sample town"), pack.hash());
            return pack;
        } catch (InvalidTownPackException e) {
            throw new IllegalStateException("Kakanai cannot start: the town pack " + dir.map(Path::toString)
                    .orElse("(sample)") + " is invalid. " + e.getMessage()
                    + "\nCheck it with: java -jar forms.jar validate-pack " + dir.map(Path::toString).orElse("DIR"), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Kakanai cannot start: the town pack " + dir.orElseThrow()
                    + " cannot be read: " + e.getMessage(), e);
        }
    }
}

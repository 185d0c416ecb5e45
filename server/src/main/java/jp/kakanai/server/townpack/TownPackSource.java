package jp.kakanai.server.townpack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.kakanai.forms.json.DataFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The directory {@code kakanai.town-pack} names, if any: the seed of an empty database and an import source. */
@Component
public class TownPackSource {
    private final Optional<Path> directory;

    TownPackSource(@Value("${kakanai.town-pack:}") String directory) {
        this.directory = Optional.of(directory.strip()).filter(d -> !d.isEmpty()).map(Path::of);
        this.directory.filter(d -> !Files.isDirectory(d)).ifPresent(d -> {
            throw new IllegalStateException("Kakanai configuration: kakanai.town-pack=" + d
                    + " is not a directory; name the town pack's directory (the one with town.json), or leave the "
                    + "setting out to start with the sample town");
        });
    }

    public Optional<Path> directory() {
        return directory;
    }

    /** The directory's files as they are now (an editor may have changed them since the start). */
    public Optional<DataFiles> directoryFiles() {
        return directory.map(DataFiles::fromDirectory);
    }
}

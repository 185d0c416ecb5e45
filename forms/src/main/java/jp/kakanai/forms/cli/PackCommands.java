package jp.kakanai.forms.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.pack.TownPackLoader;

/**
 * {@code validate-pack DIR} (every problem of a town pack, across files, with file and line) and
 * {@code export-sample DIR} (the sample town as files, the starting point of a town's own pack).
 */
final class PackCommands {
    private final PrintStream out;
    private final PrintStream err;

    PackCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int validate(Path dir) {
        if (!Files.isDirectory(dir)) {
            err.println("error: " + dir + " is not a directory (a town pack is a directory with town.json)");
            return FormsCli.FAILED;
        }
        DataFiles files;
        try {
            files = DataFiles.fromDirectory(dir);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return FormsCli.FAILED;
        }
        List<FileProblem> problems = TownPackLoader.problems(files);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the town pack " + dir);
            return FormsCli.FAILED;
        }
        TownPack pack = TownPackLoader.load(files);
        out.println("ok: " + pack.manifest().town().ja() + " — " + pack.forms().all().size() + " forms, "
                + pack.catalog().procedures().size() + " procedures, " + pack.catalog().lifeEvents().size()
                + " life events, " + pack.catalog().departments().size() + " departments, "
                + pack.catalog().questions().size() + " questions, languages " + pack.manifest().languageIds());
        out.println("sha256 " + pack.hash());
        return FormsCli.OK;
    }

    int exportSample(Path dir) {
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
                err.println("error: " + dir + " exists and is not empty; name a new directory");
                return FormsCli.FAILED;
            }
            for (Map.Entry<String, String> file : DataFiles.sample().all().entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        } catch (IOException e) {
            err.println("error: cannot write " + dir + ": " + e.getMessage());
            return FormsCli.FAILED;
        }
        out.println("wrote the sample town to " + dir + " (" + DataFiles.sample().all().size() + " files)");
        return FormsCli.OK;
    }
}

package jp.kakanai.forms.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.definition.InvalidFormDefinitionException;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.pack.InvalidTownPackException;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.pack.TownPackLoader;
import jp.kakanai.forms.render.BlankBoxes;
import jp.kakanai.forms.render.FontSettings;
import jp.kakanai.forms.render.FontUnavailableException;
import jp.kakanai.forms.render.FormData;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.FormSummary;
import jp.kakanai.forms.render.FormRenderException;
import jp.kakanai.forms.render.Placeholder;
import jp.kakanai.forms.render.RenderedForm;

/**
 * {@code java -jar forms.jar list | render | validate | validate-pack | export-sample}: the forms and the town
 * pack from a terminal, for clerks who print a form without the server and for whoever edits a town's pack.
 */
public final class FormsCli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String HELP = """
            usage:
              java -jar forms.jar list                                  the forms: id and title
              java -jar forms.jar render --form <id>[,<id>...] --data <file.json> --out <file.pdf>
                                                                        one PDF, one page per form, in order
              java -jar forms.jar validate <file.json|directory>...     check form definitions
              java -jar forms.jar validate-pack <directory>              check a whole town pack, across files
              java -jar forms.jar export-sample <new directory>          write the sample town pack to start from
            options of list and render:
              --pack <dir>          the forms of this town pack instead of the sample town's
              --forms-dir <dir>     form definitions from this directory instead of the sample town's
              --font-gothic <ttf>   IPAex Gothic (default /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf)
              --font-mincho <ttf>   IPAex Mincho (default /usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf)
              --font-mj <ttf>       IPAmj Mincho (default /usr/share/fonts/truetype/ipamj/ipamjm.ttf)
              --font-fallback <ttf>[,<ttf>...]
                                    further TrueType fonts, in order, for characters the three lack
            option of render:
              --allow-blank         print even when boxes the form marks required are blank (they are listed);
                                    without it such data is refused and no PDF is written
            """;

    private final PrintStream out;
    private final PrintStream err;

    FormsCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new FormsCli(System.out, System.err).run(args));
    }

    int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(HELP);
            return args.length == 0 ? USAGE : OK;
        }
        try {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "list" -> list(Options.parse(rest));
                case "render" -> render(Options.parse(rest));
                case "validate" -> validate(rest);
                case "validate-pack" -> new PackCommands(out, err).validate(Path.of(single(rest, "validate-pack")));
                case "export-sample" -> new PackCommands(out, err).exportSample(Path.of(single(rest, "export-sample")));
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(HELP);
            return USAGE;
        } catch (InvalidFormDefinitionException e) {
            e.problems().forEach(p -> err.println(p));
            err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " in the form definitions");
            return FAILED;
        } catch (InvalidTownPackException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (FontUnavailableException | FormRenderException | DataFileException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            // never a stack trace on a clerk's terminal: the kind of fault is enough to report it
            err.println("error: the command failed (" + e.getClass().getSimpleName() + "); this is a fault of the software, please report it");
            return FAILED;
        }
    }

    private static String single(List<String> rest, String command) {
        if (rest.size() != 1) {
            throw new UsageException(command + " needs one directory");
        }
        return rest.get(0);
    }

    private int list(Options options) {
        for (FormSummary form : renderer(options).forms()) {
            out.println(form.id() + "\t" + form.title());
        }
        return OK;
    }

    private int render(Options options) {
        List<String> forms = Arrays.asList(options.required("--form").split(","));
        Path dataFile = Path.of(options.required("--data"));
        Path outFile = Path.of(options.required("--out"));
        FormData data = readData(dataFile);
        FormRenderer renderer = renderer(options);
        RenderedForm rendered = renderer.renderAll(forms, data);
        // Issue 16: a form with a blank required box is no valid application; refused unless the clerk asks to write
        // those boxes by hand, and then each one is named so none is forgotten.
        List<String> blanks = blankRequiredBoxes(renderer, forms, data);
        if (!blanks.isEmpty() && !options.flag("--allow-blank")) {
            err.println("error: required boxes are blank: " + String.join("; ", blanks)
                    + "; give them in the data, or print with --allow-blank to fill them in by hand");
            return FAILED;
        }
        try {
            Files.write(outFile, rendered.pdf());
        } catch (IOException e) {
            err.println("error: cannot write " + outFile + ": " + e.getMessage());
            return FAILED;
        }
        blanks.forEach(blank -> err.println("blank: " + blank + " is left for writing by hand"));
        for (Placeholder p : rendered.placeholders()) {
            err.println("warning: " + p.field() + ": " + p.codePoints() + " is in no font and is printed as 〓; write it by hand");
        }
        out.println("wrote " + outFile + " (" + forms.size() + (forms.size() == 1 ? " page, " : " pages, ") + (rendered.pdf().length + 1023) / 1024 + " KB)");
        return OK;
    }

    /** Each blank required box as {@code form: label (field)}, in the order of the forms and their boxes. */
    private static List<String> blankRequiredBoxes(FormRenderer renderer, List<String> forms, FormData data) {
        List<String> blanks = new ArrayList<>();
        for (String form : forms) {
            renderer.definition(form).ifPresent(definition -> BlankBoxes.of(definition, data)
                    .forEach(b -> blanks.add(form + ": " + b.label() + " (" + b.field() + ")")));
        }
        return blanks;
    }

    private int validate(List<String> paths) {
        if (paths.isEmpty()) {
            throw new UsageException("validate needs a definition file or a directory");
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String arg : paths) {
            Path path = Path.of(arg);
            if (!Files.exists(path)) {
                err.println("error: " + path + " does not exist");
                return FAILED;
            }
            try (var list = Files.isDirectory(path) ? Files.list(path) : java.util.stream.Stream.of(path)) {
                for (Path file : list.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    files.put(file.getFileName().toString(), Files.readString(file));
                }
            } catch (IOException e) {
                err.println("error: cannot read " + path + ": " + e.getMessage());
                return FAILED;
            }
        }
        FormCatalog.of(files).all().forEach(f -> out.println("ok\t" + f.id() + "\t" + f.title()));
        return OK;
    }

    private FormData readData(Path file) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = new ObjectMapper().readValue(Files.readString(file), Map.class);
            return new FormData(tree);
        } catch (JsonProcessingException e) {
            throw new DataFileException(file + ": line " + e.getLocation().getLineNr() + ": not a JSON object of form data: " + e.getOriginalMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DataFileException(file + ": no such file");
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static FormRenderer renderer(Options options) {
        FontSettings defaults = FontSettings.debianDefaults();
        FontSettings fonts = new FontSettings(
                options.path("--font-gothic").orElse(defaults.ipaexGothic()),
                options.path("--font-mincho").orElse(defaults.ipaexMincho()),
                options.path("--font-mj").orElse(defaults.ipamjMincho()),
                options.list("--font-fallback").stream().map(Path::of).toList());
        FormCatalog catalog = options.path("--forms-dir").map(FormCatalog::fromDirectory)
                .orElseGet(() -> options.path("--pack").map(dir -> TownPackLoader.load(DataFiles.fromDirectory(dir)))
                        .orElseGet(TownPack::sample).forms());
        return FormRenderer.create(fonts, catalog);
    }

    /** {@code --name value} pairs, and flags without a value. */
    private record Options(Map<String, String> values) {
        private static final List<String> KNOWN = List.of("--form", "--data", "--out", "--pack", "--forms-dir", "--font-gothic", "--font-mincho",
                "--font-mj", "--font-fallback");
        private static final List<String> FLAGS = List.of("--allow-blank");

        static Options parse(List<String> args) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> rest = new ArrayList<>(args);
            while (!rest.isEmpty()) {
                String name = rest.remove(0);
                if (FLAGS.contains(name)) {
                    values.put(name, "");
                    continue;
                }
                if (!KNOWN.contains(name)) {
                    throw new UsageException("unknown option '" + name + "'");
                }
                if (rest.isEmpty()) {
                    throw new UsageException(name + " needs a value");
                }
                values.put(name, rest.remove(0));
            }
            return new Options(values);
        }

        String required(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new UsageException("missing " + name);
            }
            return value;
        }

        boolean flag(String name) {
            return values.containsKey(name);
        }

        List<String> list(String name) {
            return values.containsKey(name) ? Arrays.asList(values.get(name).split(",")) : List.of();
        }

        java.util.Optional<Path> path(String name) {
            return java.util.Optional.ofNullable(values.get(name)).map(Path::of);
        }
    }

    /** The data file given with {@code --data} cannot be read as form data. */
    private static final class DataFileException extends RuntimeException {
        DataFileException(String message) {
            super(message);
        }
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}

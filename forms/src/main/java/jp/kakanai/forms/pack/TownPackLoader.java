package jp.kakanai.forms.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.address.TownAddresses;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.definition.InvalidFormDefinitionException;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.navigation.CatalogReader;
import jp.kakanai.forms.render.CoverTexts;

/**
 * Reads a whole town pack: {@code town.json} first (languages and settings the others are read in), then
 * every file by its own small reader, then the checks across files. Every problem of every file is collected
 * with its file and line, and the load fails with all of them at once, so a town's editor fixes the pack in
 * one round ({@code forms.jar validate-pack DIR} prints them).
 */
public final class TownPackLoader {
    /** Files of the pack that no reader reads: a mistake in a file name would otherwise go unnoticed. */
    private static final Set<String> KNOWN_FILES = Set.of("town.json", CatalogReader.DEPARTMENTS,
            CatalogReader.DOCUMENTS, CatalogReader.LIFE_EVENTS, CatalogReader.QUESTIONS, CatalogReader.PROCEDURES,
            FormAnswersReader.FILE, FeesReader.FILE, CoverTextsReader.FILE);
    /** Problems in the order an editor walks through them: file by file, line by line. */
    private static final java.util.Comparator<FileProblem> BY_FILE_AND_LINE =
            java.util.Comparator.comparing(FileProblem::file).thenComparingInt(FileProblem::line);

    private TownPackLoader() {
    }

    /** @throws InvalidTownPackException listing every problem with file and line */
    public static TownPack load(DataFiles files) {
        List<FileProblem> problems = new ArrayList<>();
        Optional<TownPack> pack = read(files, problems);
        if (!problems.isEmpty() || pack.isEmpty()) {
            problems.sort(BY_FILE_AND_LINE);
            throw new InvalidTownPackException(problems);
        }
        return pack.get();
    }

    /** Every problem of the pack (empty when it is valid), sorted by file and line. */
    public static List<FileProblem> problems(DataFiles files) {
        List<FileProblem> problems = new ArrayList<>();
        read(files, problems);
        problems.sort(BY_FILE_AND_LINE);
        return problems;
    }

    private static Optional<TownPack> read(DataFiles files, List<FileProblem> problems) {
        unexpectedFiles(files, problems);
        Optional<TownManifest> manifest = CatalogReader.file(files, TownManifestReader.FILE, problems,
                (r, root) -> new TownManifestReader(r).read(root)).flatMap(m -> m);
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        List<String> languages = manifest.get().languageIds();
        Map<String, String> formFiles = FormCatalog.jsonFiles(files.under("forms/"));
        // Ids by file name, so that a form with a mistake is not also reported as unknown wherever it is named.
        Set<String> formIds = Set.copyOf(formFiles.keySet().stream().map(f -> f.substring(0, f.length() - 5)).toList());
        FormCatalog forms = forms(formFiles, problems);
        CatalogReader.Result catalog = CatalogReader.read(files,
                new CatalogReader.Input(languages, manifest.get().settings(), formIds), problems);
        Map<FormAnswer, Integer> answers = CatalogReader.file(files, FormAnswersReader.FILE, problems,
                (r, root) -> new FormAnswersReader(r).read(root)).orElse(Map.of());
        Messages messages = new MessagesReader(problems, languages).read(files);
        Optional<FeeTable> fees = CatalogReader.file(files, FeesReader.FILE, problems,
                (r, root) -> new FeesReader(r, languages, formIds).read(root)).flatMap(f -> f);
        Optional<CoverTexts> cover = CatalogReader.file(files, CoverTextsReader.FILE, problems,
                (r, root) -> new CoverTextsReader(r).read(root)).flatMap(c -> c);
        Optional<TownAddresses> addresses = addresses(files, problems);
        QueueFiles.Read queue = QueueFiles.read(files, catalog.catalog().departments().stream()
                .map(jp.kakanai.forms.navigation.Department::id).collect(java.util.stream.Collectors.toSet()), problems);
        new FormChecks(problems).check(files, forms, forms.all().size() == formIds.size(), catalog.catalog(), answers,
                catalog.impliedAnswerLines());
        if (!problems.isEmpty() || fees.isEmpty() || cover.isEmpty() || addresses.isEmpty()
                || queue.reservations().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> departmentNames = new java.util.LinkedHashMap<>();
        catalog.catalog().departments().forEach(d -> departmentNames.put(d.id(), d.name().ja()));
        return Optional.of(new TownPack(files.sha256(), files, manifest.get(), catalog.catalog(),
                forms.withDepartmentNames(departmentNames), List.copyOf(answers.keySet()), messages, fees.get(),
                cover.get(), addresses.get(), queue.purposes(), queue.reservations().get()));
    }

    /** The town's 町字 list: the kiosk and the interview pick a new address from it (docs/journeys.md). */
    private static Optional<TownAddresses> addresses(DataFiles files, List<FileProblem> problems) {
        Optional<String> csv = files.text(MachiazaFileReader.FILE);
        if (csv.isEmpty()) {
            problems.add(new FileProblem(MachiazaFileReader.FILE, 0, "missing: the town's 町字 list (the Address Base"
                    + " Registry's mt_town layout; docs/town-pack.md \"Address master\")"));
            return Optional.empty();
        }
        return MachiazaFileReader.read(MachiazaFileReader.FILE, csv.get(), problems);
    }

    /** The forms that read without a mistake; the mistakes of the others go to {@code problems}. */
    private static FormCatalog forms(Map<String, String> definitions, List<FileProblem> problems) {
        if (definitions.isEmpty()) {
            problems.add(new FileProblem("forms/", 0, "the pack has no forms (forms/<id>.json)"));
        }
        Map<String, String> readable = new java.util.TreeMap<>();
        definitions.forEach((name, text) -> {
            try {
                FormCatalog.of(Map.of(name, text));
                readable.put(name, text);
            } catch (InvalidFormDefinitionException e) {
                e.problems().forEach(p -> problems.add(new FileProblem("forms/" + p.file(), p.line(), p.message())));
            }
        });
        return FormCatalog.of(readable);
    }

    private static void unexpectedFiles(DataFiles files, List<FileProblem> problems) {
        files.all().keySet().stream()
                .filter(name -> !KNOWN_FILES.contains(name))
                .filter(name -> !name.startsWith("forms/") && !name.startsWith("messages/")
                        && !name.startsWith("addresses/") && !QueueFiles.ALL.contains(name) && !name.endsWith(".md"))
                .forEach(name -> problems.add(new FileProblem(name, 0, "no part of a town pack: the pack's files are "
                        + new java.util.TreeSet<>(KNOWN_FILES) + ", " + new java.util.TreeSet<>(QueueFiles.ALL)
                        + ", forms/, messages/ and addresses/")));
    }
}

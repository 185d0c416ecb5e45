package jp.kakanai.forms.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;

/**
 * All form definitions, one file per form: the sample town's built into the jar, or the
 * {@code *.json} files of a directory (so a town can add a form without rebuilding). Immutable.
 */
public final class FormCatalog {
    private final Map<String, FormDefinition> forms;

    private FormCatalog(Map<String, FormDefinition> forms) {
        this.forms = Collections.unmodifiableMap(forms);
    }

    /** The forms of the sample town built into the jar ({@code town/sample/forms/}). */
    public static FormCatalog builtIn() {
        return of(jsonFiles(DataFiles.sample().under("forms/")));
    }

    /** The {@code *.json} files of a folder of the pack (a README beside them is not a form). */
    public static Map<String, String> jsonFiles(DataFiles folder) {
        Map<String, String> json = new LinkedHashMap<>();
        folder.all().forEach((name, text) -> {
            if (name.endsWith(".json") && !name.contains("/")) {
                json.put(name, text);
            }
        });
        return json;
    }

    /** Every {@code *.json} file of the directory. */
    public static FormCatalog fromDirectory(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the form definitions in " + dir, e);
        }
        return of(files);
    }

    /**
     * Reads file name → JSON text pairs.
     *
     * @throws InvalidFormDefinitionException with the problems of every file at once
     */
    public static FormCatalog of(Map<String, String> files) {
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        List<FileProblem> problems = new ArrayList<>();
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
            try {
                FormDefinition form = FormDefinitionReader.read(file.getKey(), file.getValue());
                forms.put(form.id(), form);
            } catch (InvalidFormDefinitionException e) {
                problems.addAll(e.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidFormDefinitionException(problems);
        }
        return new FormCatalog(forms);
    }

    /**
     * The same forms with the department printed by name: a pack's form names its department by id
     * ({@code kodomo}), and the name comes from departments.json, so it reads the same on every page.
     */
    public FormCatalog withDepartmentNames(Map<String, String> names) {
        Map<String, FormDefinition> named = new LinkedHashMap<>();
        forms.forEach((id, f) -> named.put(id, new FormDefinition(f.id(), f.title(),
                names.getOrDefault(f.department(), f.department()), f.page(), f.qr(), f.qrCodes(), f.elements(), f.derived())));
        return new FormCatalog(named);
    }

    public Optional<FormDefinition> find(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    /** All forms, ordered by id. */
    public List<FormDefinition> all() {
        return forms.values().stream().sorted(Comparator.comparing(FormDefinition::id)).toList();
    }
}

package jp.kakanai.forms.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * All form definitions, one file per form: the built-in ones under {@code forms/} on the class path, or the
 * {@code *.json} files of a directory (so a town can add a form without rebuilding). Immutable.
 */
public final class FormCatalog {
    private static final String RESOURCE_DIR = "forms/";

    private final Map<String, FormDefinition> forms;

    private FormCatalog(Map<String, FormDefinition> forms) {
        this.forms = Collections.unmodifiableMap(forms);
    }

    /** The forms shipped in this jar. */
    public static FormCatalog builtIn() {
        Map<String, String> files = new LinkedHashMap<>();
        URL dir = FormCatalog.class.getClassLoader().getResource(RESOURCE_DIR);
        if (dir == null) {
            throw new IllegalStateException("no form definitions on the class path (" + RESOURCE_DIR + ")");
        }
        try {
            if (dir.getProtocol().equals("file")) {
                return fromDirectory(Path.of(dir.toURI()));
            }
            JarURLConnection jar = (JarURLConnection) dir.openConnection();
            jar.setUseCaches(false);
            Enumeration<JarEntry> entries = jar.getJarFile().entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(RESOURCE_DIR) && name.endsWith(".json") && name.indexOf('/', RESOURCE_DIR.length()) < 0) {
                    try (InputStream in = FormCatalog.class.getClassLoader().getResourceAsStream(name)) {
                        files.put(name.substring(RESOURCE_DIR.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in form definitions", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return of(files);
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
        List<DefinitionProblem> problems = new ArrayList<>();
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

    public Optional<FormDefinition> find(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    /** All forms, ordered by id. */
    public List<FormDefinition> all() {
        return forms.values().stream().sorted(Comparator.comparing(FormDefinition::id)).toList();
    }
}

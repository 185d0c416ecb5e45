package jp.kakanai.forms.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.TextLanguages;
import jp.kakanai.forms.navigation.Texts;

/** Reads {@code town.json}; the other files are read in its languages and with its settings. */
final class TownManifestReader {
    static final String FILE = "town.json";
    /** Every pack has the clerks' Japanese and English, which other languages fall back to. */
    private static final List<String> BASE = List.of("ja", "en");

    private final JsonReading reading;

    TownManifestReader(JsonReading reading) {
        this.reading = reading;
    }

    Optional<TownManifest> read(LocatedJson.Obj root) {
        if (!reading.properties(root, Set.of("format", "town", "languages"), Set.of("settings"), FILE)) {
            return Optional.empty();
        }
        reading.integer(root, "format").filter(f -> f != TownManifest.FORMAT).ifPresent(f -> reading.problem(
                root.lineOf("format"), "format " + f + " is not read by this version (it reads format " + TownManifest.FORMAT + ")"));
        List<TownManifest.Language> languages = languages(root);
        List<String> ids = languages.stream().map(TownManifest.Language::id).toList();
        Optional<LocalizedText> town = Texts.read(reading, root, "town", TextLanguages.all(ids, LocalizedText.EASY_JAPANESE));
        Map<String, Integer> settings = new LinkedHashMap<>();
        root.get("settings").flatMap(s -> reading.object(s, "\"settings\" (name → whole number)")).ifPresent(s ->
                s.members().forEach((name, value) -> reading.wholeNumber(value, "setting '" + name + "'")
                        .ifPresent(n -> settings.put(name, n))));
        return town.map(t -> new TownManifest(t, languages, settings));
    }

    private List<TownManifest.Language> languages(LocatedJson.Obj root) {
        List<TownManifest.Language> languages = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        reading.eachObject(root, "languages", "a language {\"id\", \"tag\", \"name\"}", node -> {
            if (!reading.properties(node, Set.of("id", "tag", "name"), Set.of(), "a language")) {
                return;
            }
            Optional<String> id = reading.string(node, "id").filter(i -> {
                boolean ok = i.equals(LocalizedText.EASY_JAPANESE) || i.matches("[a-z]{2,3}");
                if (!ok) {
                    reading.problem(node.lineOf("id"), "a language is a BCP 47 code such as \"ja\" or \"vi\", or \"easy\" "
                            + "(やさしい日本語), not '" + i + "'");
                }
                return ok;
            });
            Optional<String> tag = reading.string(node, "tag");
            Optional<String> name = reading.string(node, "name");
            if (id.isPresent() && tag.isPresent() && name.isPresent() && reading.unique("language", id.get(), node, seen)) {
                languages.add(new TownManifest.Language(id.get(), tag.get(), name.get()));
            }
        });
        List<String> ids = languages.stream().map(TownManifest.Language::id).toList();
        if (!ids.containsAll(BASE)) {
            reading.problem(root.lineOf("languages"), "languages must include \"ja\" and \"en\"");
        }
        return languages;
    }
}

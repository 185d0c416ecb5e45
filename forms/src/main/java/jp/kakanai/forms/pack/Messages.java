package jp.kakanai.forms.pack;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The texts of the screens ({@code messages/<screen>/<language>.json}): screen → language → key → text.
 * One source per text: names of life events and departments are not here but in their own files.
 */
public record Messages(Map<String, Map<String, Map<String, String>>> screens) {
    public Messages {
        Map<String, Map<String, Map<String, String>>> copy = new TreeMap<>();
        screens.forEach((screen, languages) -> {
            Map<String, Map<String, String>> byLanguage = new TreeMap<>();
            languages.forEach((language, texts) -> byLanguage.put(language, Map.copyOf(texts)));
            copy.put(screen, java.util.Collections.unmodifiableMap(byLanguage));
        });
        screens = java.util.Collections.unmodifiableMap(copy);
    }

    /** The texts of a screen in a language, when the pack has that file. */
    public Optional<Map<String, String>> of(String screen, String language) {
        return Optional.ofNullable(screens.get(screen)).map(l -> l.get(language));
    }
}

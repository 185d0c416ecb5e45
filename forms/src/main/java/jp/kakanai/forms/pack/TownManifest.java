package jp.kakanai.forms.pack;

import java.util.List;
import java.util.Map;
import jp.kakanai.forms.navigation.LocalizedText;

/**
 * {@code town.json}: the town's name, the languages of the pack (in the order the kiosk offers them) and the
 * numbers the town sets, which conditions name ({@code childMedicalSubsidyUntilAge}).
 */
public record TownManifest(LocalizedText town, List<Language> languages, Map<String, Integer> settings) {
    /** The pack format this program reads ({@code "format": 1}). */
    public static final int FORMAT = 1;

    /**
     * One language: its id in the pack's texts ({@code easy} for やさしい日本語), the HTML {@code lang} tag it is
     * shown with, and its own name for the language menu (furigana allowed).
     */
    public record Language(String id, String tag, String name) {
    }

    public TownManifest {
        languages = List.copyOf(languages);
        settings = Map.copyOf(settings);
    }

    public List<String> languageIds() {
        return languages.stream().map(Language::id).toList();
    }
}

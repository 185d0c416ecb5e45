package jp.kakanai.forms.navigation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One text in several languages, keyed by BCP 47 language tag ({@code ja}, {@code en}, {@code zh},
 * {@code ko}, {@code vi}, {@code pt}) or {@value #EASY_JAPANESE}. Japanese and English are always present
 * (the loader checks); other languages fall back to English, then Japanese.
 */
public record LocalizedText(Map<String, String> texts) {
    /**
     * やさしい日本語 (plain Japanese with furigana written {@code {漢字|かんじ}}) where it differs from the
     * official Japanese of {@code ja}: the catalog's names, which clerks and forms use as written. Not a
     * BCP 47 tag; the kiosk and the home page call the language the same.
     */
    public static final String EASY_JAPANESE = "easy";

    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /**
     * Stands in for a text the reader rejected, so that its id still counts in the checks across files (one
     * missing translation must not make every procedure of that department "unknown").
     */
    static LocalizedText unreadable(String id) {
        return of(id, id);
    }

    public static LocalizedText of(String ja, String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("ja", ja);
        texts.put("en", en);
        return new LocalizedText(texts);
    }

    public String ja() {
        return in("ja");
    }

    public String en() {
        return in("en");
    }

    /** The text in the language, else English, else Japanese (やさしい日本語: else Japanese). */
    public String in(String language) {
        String text = texts.get(language);
        if (text == null && !EASY_JAPANESE.equals(language)) {
            text = texts.get("en");
        }
        return text != null ? text : texts.getOrDefault("ja", "");
    }

    /** This text with a prefix in each language (the prefix's languages drive which keys exist). */
    public LocalizedText prefixedBy(LocalizedText prefix) {
        Map<String, String> joined = new LinkedHashMap<>();
        texts.forEach((language, text) -> joined.put(language, prefix.in(language) + text));
        return new LocalizedText(joined);
    }

    @JsonValue
    public Map<String, String> asMap() {
        return texts;
    }
}

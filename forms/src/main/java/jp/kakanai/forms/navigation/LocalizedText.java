package jp.kakanai.forms.navigation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One text in several languages, keyed by BCP 47 language tag ({@code ja}, {@code en}, {@code zh},
 * {@code ko}, {@code vi}, {@code pt}). Japanese and English are always present (the loader checks);
 * other languages fall back to English, then Japanese.
 */
public record LocalizedText(Map<String, String> texts) {
    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
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

    /** The text in the language, else English, else Japanese. */
    public String in(String language) {
        String text = texts.get(language);
        if (text == null) {
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

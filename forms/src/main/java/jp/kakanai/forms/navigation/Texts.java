package jp.kakanai.forms.navigation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads a text in several languages, {"ja": …, "en": …}: every required language present and non-empty, no
 * language the pack does not declare, furigana markup only in the language that shows it (and well formed
 * there). Every pack file with texts for residents reads them here.
 */
public final class Texts {
    private Texts() {
    }

    public static Optional<LocalizedText> read(JsonReading reading, LocatedJson node, TextLanguages languages) {
        if (!(node instanceof LocatedJson.Obj obj)) {
            reading.problem(node, "expected a text in several languages, e.g. {\"ja\": \"…\", \"en\": \"…\"}");
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean complete = true;
        for (String language : languages.required()) {
            if (!obj.has(language)) {
                reading.problem(obj, "missing translation '" + language + "'");
                complete = false;
            }
        }
        for (Map.Entry<String, LocatedJson> entry : obj.members().entrySet()) {
            String language = entry.getKey();
            LocatedJson value = entry.getValue();
            Optional<String> text = value instanceof LocatedJson.Value v ? v.text().filter(s -> !s.isBlank()) : Optional.empty();
            if (!languages.allowed().contains(language)) {
                reading.problem(value, "'" + language + "' is not one of the declared languages " + languages.allowed());
                complete = false;
            } else if (text.isEmpty()) {
                reading.problem(value, "translation '" + language + "' is empty");
                complete = false;
            } else {
                furiganaProblem(language, text.get(), languages.furigana()).ifPresent(p -> reading.problem(value, p));
                texts.put(language, text.get());
            }
        }
        return complete ? Optional.of(new LocalizedText(texts)) : Optional.empty();
    }

    /** The text under {@code key} of the object, reported as missing when absent. */
    public static Optional<LocalizedText> read(JsonReading reading, LocatedJson.Obj obj, String key,
                                               TextLanguages languages) {
        LocatedJson node = obj.members().get(key);
        if (node == null) {
            reading.problem(obj, "missing '" + key + "'");
            return Optional.empty();
        }
        return read(reading, node, languages);
    }

    static Optional<String> furiganaProblem(String language, String text, Optional<String> furigana) {
        if (furigana.isPresent() && furigana.get().equals(language)) {
            return RubyText.problem(text);
        }
        if (!RubyText.plain(text).equals(text)) {
            return Optional.of("furigana {漢字|かんじ} is shown only in " + furigana.map(f -> "'" + f + "'")
                    .orElse("no language of this text") + ", not in '" + language + "': '" + text + "'");
        }
        return Optional.empty();
    }
}

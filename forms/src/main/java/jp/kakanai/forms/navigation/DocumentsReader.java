package jp.kakanai.forms.navigation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads {@code documents.json}: id → what the resident brings, in every language. Procedures and rules bring
 * documents by id, so a summary lists each once.
 */
final class DocumentsReader {
    private final JsonReading reading;
    private final TextLanguages languages;

    DocumentsReader(JsonReading reading, java.util.List<String> languages) {
        this.reading = reading;
        this.languages = TextLanguages.all(languages, LocalizedText.EASY_JAPANESE);
    }

    /** The documents, each with the line of its id (for "brought by no procedure"). */
    Map<Document, Integer> read(LocatedJson.Obj root) {
        Map<Document, Integer> documents = new LinkedHashMap<>();
        if (!reading.properties(root, Set.of("documents"), Set.of(), "documents.json")) {
            return documents;
        }
        reading.object(root.members().get("documents"), "\"documents\" (id → text)").ifPresent(all ->
                all.members().forEach((id, node) -> {
                    if (reading.isId(id, node)) {
                        LocalizedText text = Texts.read(reading, node, languages).orElse(LocalizedText.unreadable(id));
                        documents.put(new Document(id, text), all.lineOf(id));
                    }
                }));
        return documents;
    }
}

package jp.kakanai.forms.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.RubyText;

/**
 * Reads {@code messages/<screen>/<language>.json}, each {"messages": {key: text}}. Every screen has
 * {@code ja.json}; a screen with any other language (the kiosk) has every language of the pack, each with
 * exactly the keys of {@code ja.json} and the same placeholders ({@code %n}, {@code %s}); furigana only in
 * {@code easy}. A screen with only {@code ja.json} is for staff, who work in Japanese.
 */
final class MessagesReader {
    private static final Pattern FILE = Pattern.compile("messages/([a-z0-9-]+)/([a-z]+)\\.json");
    private static final Pattern PLACEHOLDER = Pattern.compile("%[ns]");

    private final List<FileProblem> problems;
    private final List<String> languages;

    MessagesReader(List<FileProblem> problems, List<String> languages) {
        this.problems = problems;
        this.languages = languages;
    }

    Messages read(DataFiles files) {
        Map<String, Map<String, Map<String, String>>> screens = new TreeMap<>();
        Map<String, Map<String, Map<String, Integer>>> lines = new TreeMap<>();
        files.under("messages/").all().keySet().forEach(name -> {
            String path = "messages/" + name;
            Matcher m = FILE.matcher(path);
            if (name.endsWith(".md")) {
                return;
            }
            if (!m.matches()) {
                problems.add(new FileProblem(path, 0, "a message file is messages/<screen>/<language>.json"));
                return;
            }
            if (!languages.contains(m.group(2))) {
                problems.add(new FileProblem(path, 0, "'" + m.group(2) + "' is not one of the pack's languages " + languages));
                return;
            }
            JsonReading reading = new JsonReading(path, problems);
            reading.parseObject(files.text(path).orElseThrow(), "a message file").ifPresent(root -> {
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                Map<String, String> texts = texts(reading, root, m.group(2), keyLines);
                screens.computeIfAbsent(m.group(1), s -> new TreeMap<>()).put(m.group(2), texts);
                lines.computeIfAbsent(m.group(1), s -> new TreeMap<>()).put(m.group(2), keyLines);
            });
        });
        screens.forEach((screen, byLanguage) -> compare(screen, byLanguage, lines.get(screen)));
        return new Messages(screens);
    }

    private Map<String, String> texts(JsonReading reading, LocatedJson.Obj root, String language,
                                      Map<String, Integer> keyLines) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (!reading.properties(root, Set.of("messages"), Set.of(), "a message file")) {
            return texts;
        }
        reading.object(root.members().get("messages"), "\"messages\" (key → text)").ifPresent(messages ->
                messages.members().forEach((key, node) -> {
                    Optional<String> text = node instanceof LocatedJson.Value v ? v.text().filter(s -> !s.isBlank())
                            : Optional.empty();
                    if (text.isEmpty()) {
                        reading.problem(node, "message '" + key + "' must be a non-empty text");
                        return;
                    }
                    boolean easy = LocalizedText.EASY_JAPANESE.equals(language);
                    Optional<String> furigana = easy ? RubyText.problem(text.get())
                            : RubyText.plain(text.get()).equals(text.get()) ? Optional.empty()
                            : Optional.of("furigana {漢字|かんじ} is shown only in 'easy', not in '" + language + "'");
                    furigana.ifPresent(p -> reading.problem(node, p));
                    texts.put(key, text.get());
                    keyLines.put(key, messages.lineOf(key));
                }));
        return texts;
    }

    private void compare(String screen, Map<String, Map<String, String>> byLanguage, Map<String, Map<String, Integer>> lines) {
        Map<String, String> japanese = byLanguage.get("ja");
        if (japanese == null) {
            problems.add(new FileProblem("messages/" + screen + "/ja.json", 0,
                    "missing: every screen's texts start in Japanese"));
            return;
        }
        if (byLanguage.size() > 1) {
            languages.stream().filter(l -> !byLanguage.containsKey(l)).forEach(l -> problems.add(new FileProblem(
                    "messages/" + screen + "/" + l + ".json", 0, "missing: the " + screen + " screen is translated, so it "
                            + "needs every language of the pack (" + l + " is declared in town.json)")));
        }
        byLanguage.forEach((language, texts) -> {
            if (language.equals("ja")) {
                return;
            }
            String file = "messages/" + screen + "/" + language + ".json";
            japanese.forEach((key, ja) -> {
                String text = texts.get(key);
                if (text == null) {
                    problems.add(new FileProblem(file, 0, "missing text '" + key + "' (ja.json line "
                            + lines.get("ja").get(key) + ": " + ja + ")"));
                } else if (!placeholders(text).equals(placeholders(ja))) {
                    problems.add(new FileProblem(file, lines.get(language).get(key), "text '" + key + "' has placeholders "
                            + placeholders(text) + " but ja.json has " + placeholders(ja)));
                }
            });
            texts.keySet().stream().filter(k -> !japanese.containsKey(k)).forEach(k -> problems.add(new FileProblem(
                    file, lines.get(language).get(k), "text '" + k + "' is not in ja.json (a misspelt key?)")));
        });
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(r -> found.add(r.group()));
        return found;
    }
}

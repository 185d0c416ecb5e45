package jp.kakanai.forms.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads {@code questions.json}: the shared yes/no and "don't know" texts and the questions. A question's
 * Japanese is やさしい日本語 with furigana (the kiosk shows it as written), so this file has no "easy" language
 * of its own: it needs every language of the pack but "easy".
 */
final class QuestionsReader {
    private final JsonReading reading;
    private final TextLanguages questionText;
    private final List<String> languages;

    QuestionsReader(JsonReading reading, List<String> packLanguages) {
        this.reading = reading;
        this.languages = packLanguages.stream().filter(l -> !LocalizedText.EASY_JAPANESE.equals(l)).toList();
        this.questionText = TextLanguages.all(languages, "ja");
    }

    /** The questions, each with the line it starts on (for "no rule reads it"). */
    record Read(Question question, int line) {
    }

    List<Read> read(LocatedJson.Obj root) {
        List<Read> list = new ArrayList<>();
        if (!reading.properties(root, Set.of("yesNo", "dontKnow", "questions"), Set.of(), "questions.json")) {
            return list;
        }
        Optional<LocalizedText> yes = Optional.empty();
        Optional<LocalizedText> no = Optional.empty();
        Optional<LocatedJson.Obj> yesNo = reading.object(root.members().get("yesNo"), "\"yesNo\"");
        if (yesNo.isPresent() && reading.properties(yesNo.get(), Set.of("yes", "no"), Set.of(), "yesNo")) {
            yes = Texts.read(reading, yesNo.get().members().get("yes"), questionText);
            no = Texts.read(reading, yesNo.get().members().get("no"), questionText);
        }
        Optional<LocalizedText> dontKnow = Texts.read(reading, root.members().get("dontKnow"), questionText);
        Map<String, Integer> seen = new HashMap<>();
        LocalizedText y = yes.orElse(null);
        LocalizedText n = no.orElse(null);
        reading.eachObject(root, "questions", "a question", node -> readQuestion(node, y, n, dontKnow.orElse(null))
                .filter(q -> reading.unique("question", q.id(), node, seen))
                .ifPresent(q -> list.add(new Read(q, node.line()))));
        if (list.stream().filter(r -> r.question().type() == Question.Type.HOUSEHOLD).count() > 1) {
            reading.problem(root.lineOf("questions"), "only one question may be of type 'household'");
        }
        return list;
    }

    private Optional<Question> readQuestion(LocatedJson.Obj node, LocalizedText yes, LocalizedText no,
                                            LocalizedText dontKnow) {
        if (!reading.properties(node, Set.of("id", "type", "text"), Set.of("clerkText", "help", "choices"), "a question")) {
            return Optional.empty();
        }
        Optional<String> id = reading.id(node, "id");
        Optional<Question.Type> type = reading.string(node, "type").flatMap(t -> {
            for (Question.Type candidate : Question.Type.values()) {
                if (candidate.id().equals(t)) {
                    return Optional.of(candidate);
                }
            }
            reading.problem(node.lineOf("type"), "unknown question type '" + t + "'; expected yes-no, choice or household");
            return Optional.empty();
        });
        Optional<LocalizedText> text = Texts.read(reading, node, "text", questionText);
        Optional<LocalizedText> clerk = node.get("clerkText")
                .flatMap(c -> Texts.read(reading, c, TextLanguages.japanese(languages)));
        Optional<LocalizedText> help = node.get("help").flatMap(h -> Texts.read(reading, h, questionText));
        List<Question.Choice> choices = new ArrayList<>();
        if (type.isPresent()) {
            if (type.get() == Question.Type.CHOICE) {
                choices.addAll(choices(node));
            } else if (node.has("choices")) {
                reading.problem(node.lineOf("choices"), "only 'choice' questions list choices");
            }
            if (type.get() == Question.Type.YES_NO && yes != null && no != null) {
                choices.add(new Question.Choice("yes", yes));
                choices.add(new Question.Choice("no", no));
            }
            if (type.get() != Question.Type.HOUSEHOLD && dontKnow != null) {
                choices.add(new Question.Choice(Answers.DONT_KNOW, dontKnow));
            }
        }
        if (id.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(id.get(), type.get(), text.orElse(LocalizedText.unreadable(id.get())), clerk,
                help, choices));
    }

    private List<Question.Choice> choices(LocatedJson.Obj question) {
        List<Question.Choice> choices = new ArrayList<>();
        if (!question.has("choices")) {
            reading.problem(question, "a 'choice' question needs \"choices\"");
        }
        Map<String, Integer> seen = new HashMap<>();
        reading.eachObject(question, "choices", "a choice", choice -> {
            if (reading.properties(choice, Set.of("value", "text"), Set.of(), "a choice")) {
                Optional<String> value = reading.id(choice, "value");
                Optional<LocalizedText> text = Texts.read(reading, choice, "text", questionText);
                if (value.isPresent() && Answers.DONT_KNOW.equals(value.get())) {
                    reading.problem(choice, "'" + Answers.DONT_KNOW + "' is added to every question; do not list it");
                } else if (value.isPresent() && text.isPresent() && reading.unique("choice", value.get(), choice, seen)) {
                    choices.add(new Question.Choice(value.get(), text.get()));
                }
            }
        });
        return choices;
    }
}

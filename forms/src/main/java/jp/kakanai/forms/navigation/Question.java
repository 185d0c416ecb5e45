package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Optional;

/**
 * A plain question whose answer can change the checklist. {@code text} is for the resident: its Japanese
 * is やさしい日本語 and may carry furigana as {@code {漢字|かんじ}} (see {@link RubyText}); {@code clerkText}
 * is the polite wording a clerk reads aloud in the counter interview (敬語). The choices always end with
 * "わからない" ({@link Answers#DONT_KNOW}), which leaves the clerk to confirm.
 */
public record Question(String id, Type type, LocalizedText text, Optional<LocalizedText> clerkText,
                       Optional<LocalizedText> help, List<Choice> choices) {

    public enum Type {
        /** はい / いいえ. */
        YES_NO("yes-no"),
        /** One of several choices. */
        CHOICE("choice"),
        /** The household members (relationship and birth date each), entered as a list, not as one answer. */
        HOUSEHOLD("household");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public record Choice(String value, LocalizedText text) {
    }

    public Question {
        choices = List.copyOf(choices);
    }

    /** The resident's text without furigana markup, in every language. */
    public LocalizedText plainText() {
        return RubyText.plain(text);
    }

    /** The Japanese text as HTML with {@code <ruby>} furigana, for the kiosk's やさしい日本語. */
    public String rubyHtml() {
        return RubyText.html(text.ja());
    }

    /** The values an answer can take that decide something ("わからない" excluded). */
    public List<String> choiceValues() {
        return choices.stream().map(Choice::value).filter(v -> !Answers.DONT_KNOW.equals(v)).toList();
    }
}

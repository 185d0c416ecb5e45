package jp.kakanai.server.navigation;

import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.Question;
import jp.kakanai.forms.navigation.RubyText;

/**
 * A question as the API shows it: {@code text} in every language without furigana markup,
 * {@code rubyHtml} the Japanese with {@code <ruby>} furigana (やさしい日本語 on the kiosk), {@code clerkText}
 * the polite wording for the counter interview; {@code help} and {@code helpRubyHtml} the same for the
 * question's help (やさしい日本語 shows furigana on every kanji, the help included).
 */
public record QuestionView(String id, String type, LocalizedText text, String rubyHtml,
                           Optional<LocalizedText> clerkText, Optional<LocalizedText> help,
                           Optional<String> helpRubyHtml, List<ChoiceView> choices) {

    public record ChoiceView(String value, LocalizedText text, String rubyHtml) {
    }

    public static QuestionView of(Question question) {
        return new QuestionView(question.id(), question.type().id(), question.plainText(), question.rubyHtml(),
                question.clerkText(), question.help().map(RubyText::plain),
                question.help().map(help -> RubyText.html(help.ja())),
                question.choices().stream()
                        .map(c -> new ChoiceView(c.value(), RubyText.plain(c.text()), RubyText.html(c.text().ja())))
                        .toList());
    }
}

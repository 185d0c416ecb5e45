package jp.kakanai.forms.navigation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Furigana in question texts, written {@code {漢字|かんじ}} so that translators and towns edit one plain
 * string. The kiosk shows it as HTML {@code <ruby>}; everything else shows the plain text.
 */
public final class RubyText {
    private static final Pattern RUBY = Pattern.compile("\\{([^{}|]+)\\|([^{}|]+)}");

    private RubyText() {
    }

    /** The text without readings: {@code {引|ひ}っ{越|こ}す} → 引っ越す. */
    public static String plain(String marked) {
        return RUBY.matcher(marked).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** Every language of the text without readings. */
    public static LocalizedText plain(LocalizedText marked) {
        Map<String, String> plain = new LinkedHashMap<>();
        marked.texts().forEach((language, value) -> plain.put(language, plain(value)));
        return new LocalizedText(plain);
    }

    /** HTML with {@code <ruby>} elements; all other text escaped. */
    public static String html(String marked) {
        StringBuilder html = new StringBuilder();
        Matcher m = RUBY.matcher(marked);
        int last = 0;
        while (m.find()) {
            html.append(escape(marked.substring(last, m.start())))
                    .append("<ruby>").append(escape(m.group(1)))
                    .append("<rt>").append(escape(m.group(2))).append("</rt></ruby>");
            last = m.end();
        }
        return html.append(escape(marked.substring(last))).toString();
    }

    /** What is wrong with the markup, if anything: an unbalanced brace or a reading without a base. */
    public static Optional<String> problem(String marked) {
        String rest = RUBY.matcher(marked).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0 || rest.indexOf('|') >= 0) {
            return Optional.of("furigana must be written {漢字|かんじ}: '" + marked + "'");
        }
        return Optional.empty();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package jp.kakanai.forms.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalog speaks every language of the kiosk wherever a resident reads it: the names of
 * departments and procedures and the documents to bring, on the kiosk's summary and ticket.
 */
class CatalogTranslationsTest {
    private static final List<String> KIOSK_LANGUAGES = List.of("ja", "easy", "en", "zh", "ko", "vi", "pt");
    private static final ProcedureCatalog CATALOG = SampleTown.catalog();
    private static final Pattern RUBY = Pattern.compile("\\{[^{}|]+\\|([^{}|]+)}");

    /** Every resident-facing text, named "procedure resident-move-in" and so on for the messages. */
    private static Map<String, LocalizedText> residentTexts() {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        CATALOG.departments().forEach(d -> texts.put("department " + d.id(), d.name()));
        CATALOG.procedures().forEach(p -> texts.put("procedure " + p.id(), p.name()));
        CATALOG.documents().forEach(d -> texts.put("document " + d.id(), d.text()));
        return texts;
    }

    @Test
    void everyNameAndDocumentIsInAllSevenLanguagesOfTheKiosk() {
        Map<String, LocalizedText> texts = residentTexts();

        assertThat(texts).hasSizeGreaterThan(50);
        texts.forEach((what, text) -> {
            assertThat(text.texts().keySet()).as(what).containsExactlyInAnyOrderElementsOf(KIOSK_LANGUAGES);
            assertThat(text.texts().values()).as(what).allSatisfy(t -> assertThat(t).isNotBlank());
        });
    }

    @Test
    void easyJapaneseHasFuriganaOverEveryKanjiAndReadingsInHiragana() {
        List<String> bare = new ArrayList<>();
        residentTexts().forEach((what, text) -> {
            String easy = text.in(LocalizedText.EASY_JAPANESE);
            String outsideRuby = RUBY.matcher(easy).replaceAll("");
            if (outsideRuby.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                bare.add(what + ": " + easy);
            }
            Matcher readings = RUBY.matcher(easy);
            while (readings.find()) {
                assertThat(readings.group(1)).as(what).matches("[\\p{IsHiragana}ー]+");
            }
        });
        assertThat(bare).as("kanji without furigana").isEmpty();
    }

    @Test
    void eachTranslationIsWrittenInItsOwnLanguageNotCopiedFromEnglish() {
        residentTexts().forEach((what, text) -> {
            String zh = text.in("zh");
            assertThat(zh.codePoints()).as(what + " zh").anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .noneMatch(c -> Stream.of(Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
                            Character.UnicodeScript.HANGUL).anyMatch(s -> Character.UnicodeScript.of(c) == s));
            assertThat(text.in("ko").codePoints()).as(what + " ko")
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
            assertThat(text.in("vi")).as(what + " vi").isNotEqualTo(text.en()).isNotEqualTo(text.in("pt"));
            assertThat(text.in("pt")).as(what + " pt").isNotEqualTo(text.en());
        });
    }

    @Test
    void easyJapaneseFallsBackToJapaneseNotToEnglish() {
        LocalizedText name = CATALOG.procedure("long-term-care").map(Procedure::name).orElseThrow();
        LocalizedText onlyOfficial = LocalizedText.of("介護保険", "Long-term care insurance");

        assertThat(name.in(LocalizedText.EASY_JAPANESE)).isEqualTo("{介護保険|かいごほけん}");
        assertThat(onlyOfficial.in(LocalizedText.EASY_JAPANESE)).isEqualTo("介護保険");
        assertThat(onlyOfficial.in("vi")).isEqualTo("Long-term care insurance");
    }
}

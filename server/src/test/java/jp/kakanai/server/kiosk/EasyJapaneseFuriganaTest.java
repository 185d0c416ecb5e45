package jp.kakanai.server.kiosk;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;

/**
 * やさしい日本語 on the kiosk has furigana on every kanji: the server's questions, their help and choices
 * (rubyHtml), the catalog's department and procedure names (its "easy" texts), and the kiosk screen's texts of
 * the town pack. Every text the kiosk shows a resident in やさしい日本語 comes from one of these.
 */
class EasyJapaneseFuriganaTest extends ServerHttpTest {
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}々〆]");
    private static final Pattern RUBY_HTML = Pattern.compile("<ruby>.*?</ruby>");
    private static final Pattern RUBY_MARKUP = Pattern.compile("\\{[^{}|]+\\|[^{}|]+}");
    private static final List<String> EVENTS = List.of("move-in", "move-out", "move-within", "birth", "death", "marriage");

    @Test
    void everyQuestionItsHelpAndItsChoicesHaveFuriganaOnEveryKanji() {
        List<String> bare = new ArrayList<>();
        for (String event : EVENTS) {
            for (JsonNode q : json(http().asKiosk().get("/api/navigation/questions?event=" + event)).get("questions")) {
                String id = q.get("id").asText();
                unruby(bare, id, q.get("rubyHtml").asText());
                if (q.hasNonNull("help")) {
                    assertThat(q.hasNonNull("helpRubyHtml")).as(id + " help has its furigana").isTrue();
                    unruby(bare, id + " help", q.get("helpRubyHtml").asText());
                }
                q.path("choices").forEach(c -> unruby(bare, id + " choice " + c.get("value").asText(), c.get("rubyHtml").asText()));
            }
        }
        assertThat(bare).as("kanji without furigana").isEmpty();
    }

    @Test
    void everyCatalogNameInEasyJapaneseHasFuriganaOnEveryKanji() {
        List<String> bare = new ArrayList<>();
        JsonNode catalog = json(http().asKiosk().get("/api/navigation/catalog"));
        catalog.get("departments").forEach(d -> easy(bare, d.get("id").asText(), d.get("name")));
        catalog.get("procedures").forEach(p -> easy(bare, p.get("id").asText(), p.get("name")));
        assertThat(bare).as("kanji without furigana").isEmpty();
        assertThat(catalog.at("/procedures/0/name/easy").asText()).as("the catalog has its easy texts").contains("{");
    }

    @Test
    void everyKioskTextInEasyJapaneseHasFuriganaOnEveryKanji() {
        List<String> bare = new ArrayList<>();
        JsonNode messages = json(http().get("/api/town/messages/kiosk/easy")).get("messages");
        messages.fields().forEachRemaining(e -> {
            if (HAN.matcher(RUBY_MARKUP.matcher(e.getValue().asText()).replaceAll("")).find()) {
                bare.add(e.getKey() + ": " + e.getValue().asText());
            }
        });
        assertThat(bare).as("kanji without furigana").isEmpty();
        assertThat(messages.size()).as("the kiosk's texts, the life events' and departments' names").isGreaterThan(150);
    }

    private static void unruby(List<String> bare, String where, String html) {
        String rest = RUBY_HTML.matcher(html).replaceAll("");
        if (HAN.matcher(rest).find()) {
            bare.add(where + ": " + html);
        }
    }

    private static void easy(List<String> bare, String where, JsonNode texts) {
        String easy = texts.path("easy").asText("");
        if (easy.isEmpty() || HAN.matcher(RUBY_MARKUP.matcher(easy).replaceAll("")).find()) {
            bare.add(where + ": " + (easy.isEmpty() ? "no easy text" : easy));
        }
    }
}

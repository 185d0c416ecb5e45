package jp.kakanai.forms.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The form answers a life event implies ({@code form-answers/life-events.json}): a move-in ticks 転入 as the
 * reason on the 国民健康保険 form, a death ticks 死亡 on the 介護保険 form. Data, so a town changes it without Java.
 */
public final class LifeEventAnswers {
    private static final LifeEventAnswers STANDARD = load();

    private final Map<String, Map<String, String>> byEvent;

    private LifeEventAnswers(Map<String, Map<String, String>> byEvent) {
        this.byEvent = Map.copyOf(byEvent);
    }

    public static LifeEventAnswers standard() {
        return STANDARD;
    }

    /** Answer id → checkbox value for the event; empty for an event (or null) that implies nothing. */
    public Map<String, String> of(String lifeEvent) {
        return lifeEvent == null ? Map.of() : byEvent.getOrDefault(lifeEvent, Map.of());
    }

    public Map<String, Map<String, String>> all() {
        return byEvent;
    }

    private static LifeEventAnswers load() {
        ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);
        try (InputStream in = LifeEventAnswers.class.getResourceAsStream("/form-answers/life-events.json")) {
            if (in == null) {
                throw new IllegalStateException("form-answers/life-events.json is missing from the classpath");
            }
            return new LifeEventAnswers(json.readValue(in, new TypeReference<Map<String, Map<String, String>>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("form-answers/life-events.json cannot be read", e);
        }
    }
}

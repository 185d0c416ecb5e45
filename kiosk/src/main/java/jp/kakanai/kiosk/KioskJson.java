package jp.kakanai.kiosk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jp.kakanai.forms.json.SexJson;
import jp.kakanai.forms.json.StrictJson;

/**
 * The kiosk's Jackson mappers: ISO dates and sex as its ISO 5218 code (as the server and the card speak
 * it). The local API is {@link #strict()}: a misspelt field from the browser is an error, not dropped, and
 * the rules of {@link StrictJson} hold as on the server (duplicate keys, depth, no coercion, clean strings).
 * Answers from the server are read {@link #tolerant()}ly, so a server that adds a field to its answers
 * does not make every check-in look like a failure.
 */
public final class KioskJson implements ContextResolver<ObjectMapper> {
    private static final ObjectMapper STRICT = configure(StrictJson.builder())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final ObjectMapper TOLERANT = configure(JsonMapper.builder())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final ObjectMapper mapper;

    private KioskJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static ObjectMapper strict() {
        return STRICT;
    }

    public static ObjectMapper tolerant() {
        return TOLERANT;
    }

    /** For JAX-RS registration: the strict mapper (local API). */
    public static KioskJson strictResolver() {
        return new KioskJson(STRICT);
    }

    /** For JAX-RS registration: the tolerant mapper (server client). */
    public static KioskJson tolerantResolver() {
        return new KioskJson(TOLERANT);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    private static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(SexJson.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // An empty Optional is left out rather than sent as null: "resident" absent = nothing read.
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}

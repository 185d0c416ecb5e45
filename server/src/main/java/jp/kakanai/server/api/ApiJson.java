package jp.kakanai.server.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jp.kakanai.forms.json.SexJson;
import jp.kakanai.forms.json.StrictJson;

/**
 * The one Jackson 2 ObjectMapper of the REST API: {@link StrictJson} (duplicate keys, depth and size
 * limits, no type coercion, clean strings), ISO-8601 dates ({@code 1989-01-08}), unknown properties
 * rejected (a misspelt field must not be dropped silently), sex as its ISO 5218 code.
 */
@Provider
public class ApiJson implements ContextResolver<ObjectMapper> {
    private static final ObjectMapper MAPPER = StrictJson.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(SexJson.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}

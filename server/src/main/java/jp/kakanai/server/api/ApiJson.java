package jp.kakanai.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import jp.kakanai.forms.json.StrictJson;
import jp.kakanai.forms.resident.Sex;

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
            .addModule(sexAsIso5218())
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

    /**
     * The card and the forms speak ISO 5218 ("1" male, "2" female); the enum's Java name is accepted on
     * input too, since a client serialising {@link Sex} with a default mapper sends it.
     */
    private static SimpleModule sexAsIso5218() {
        SimpleModule module = new SimpleModule("sex-iso5218");
        module.addSerializer(Sex.class, new JsonSerializer<>() {
            @Override
            public void serialize(Sex sex, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(sex.iso5218());
            }
        });
        module.addDeserializer(Sex.class, new JsonDeserializer<>() {
            @Override
            public Sex deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                // A JSON string only: the number 1 is not the code "1" (no coercion, issue 14 §3).
                String text = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null;
                if (text != null) {
                    for (Sex sex : Sex.values()) {
                        if (sex.iso5218().equals(text) || sex.name().equals(text)) {
                            return sex;
                        }
                    }
                }
                if (text == null) {
                    return (Sex) ctxt.handleUnexpectedToken(Sex.class, p);
                }
                return (Sex) ctxt.handleWeirdStringValue(Sex.class, text,
                        "not an ISO 5218 sex code (0, 1, 2 or 9)");
            }
        });
        return module;
    }
}

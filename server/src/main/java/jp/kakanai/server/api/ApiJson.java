package jp.kakanai.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import jp.kakanai.forms.resident.Sex;

/**
 * The one Jackson 2 ObjectMapper of the REST API: ISO-8601 dates ({@code 1989-01-08}), unknown
 * properties rejected (a misspelt field must not be dropped silently), sex as its ISO 5218 code.
 */
@Provider
public class ApiJson implements ContextResolver<ObjectMapper> {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(sexAsIso5218())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
                String text = p.getValueAsString();
                if (text != null) {
                    for (Sex sex : Sex.values()) {
                        if (sex.iso5218().equals(text) || sex.name().equals(text)) {
                            return sex;
                        }
                    }
                }
                return (Sex) ctxt.handleWeirdStringValue(Sex.class, text,
                        "not an ISO 5218 sex code (0, 1, 2 or 9)");
            }
        });
        return module;
    }
}

package jp.kakanai.forms.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import jp.kakanai.forms.resident.Sex;

/**
 * {@link Sex} in JSON as the card and the forms speak it, its ISO 5218 code ("1" male, "2" female), for the
 * server's API and the kiosk's local API alike. Without it Jackson reads the string "1" as the enum's ordinal,
 * which only matched the codes by chance (and "9" failed). The enum's Java name is accepted on input too,
 * since a client serialising {@link Sex} with a default mapper sends it; a JSON number is not a code.
 */
public final class SexJson {
    private SexJson() {
    }

    public static SimpleModule module() {
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
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return (Sex) ctxt.handleUnexpectedToken(Sex.class, p);
                }
                String text = p.getText();
                for (Sex sex : Sex.values()) {
                    if (sex.iso5218().equals(text) || sex.name().equals(text)) {
                        return sex;
                    }
                }
                return (Sex) ctxt.handleWeirdStringValue(Sex.class, text, "not an ISO 5218 sex code (0, 1, 2 or 9)");
            }
        });
        return module;
    }
}

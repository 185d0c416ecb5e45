package jp.kakanai.forms.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Optional;
import jp.kakanai.forms.text.TextProblem;

/**
 * Strict reading of JSON from outside, shared by the server's API and the kiosk's local API (issue 14 §3):
 *
 * <ul>
 *   <li>a key twice in one object is an error, not "the last one wins" ({@code {"event":"move-in","event":"death"}});</li>
 *   <li>limits on the shape: nesting depth {@value #MAX_DEPTH}, one string at most {@value #MAX_STRING} characters,
 *       a number at most {@value #MAX_NUMBER} digits, a document at most {@value #MAX_DOCUMENT} bytes, so that no
 *       body costs the server more than reading it;</li>
 *   <li>no coercion: a number or a boolean is not a string, an integer is not a date, a string is not a number,
 *       1.5 is not an integer;</li>
 *   <li>every string, and every object key, free of lone surrogates, control characters (except tab and line
 *       breaks) and bidirectional controls ({@link TextProblem}), whatever field it is in.</li>
 * </ul>
 * Every refusal is a {@link com.fasterxml.jackson.core.JsonProcessingException}: callers map it to 400 with
 * the field's path, never repeating the value.
 */
public final class StrictJson {
    public static final int MAX_DEPTH = 32;
    public static final int MAX_STRING = 100_000;
    public static final int MAX_NUMBER = 40;
    public static final long MAX_DOCUMENT = 1_000_000;

    private StrictJson() {
    }

    /** A mapper builder with the strict factory, coercion rules and string checks; add modules and features to it. */
    public static JsonMapper.Builder builder() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(MAX_NUMBER)
                        .maxDocumentLength(MAX_DOCUMENT)
                        .build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                .addModule(checkedStrings())
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // java.time reads an integer as a day or second count only when lenient: 123 is no birth date.
                .defaultLeniency(false);
        builder.withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        return builder;
    }

    /** A string value or key that broke one of the text rules; the message names the rule, not the text. */
    public static final class RejectedText extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        RejectedText(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }

    private static SimpleModule checkedStrings() {
        SimpleModule module = new SimpleModule("strict-strings");
        module.addDeserializer(String.class, new CheckedString());
        module.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                Optional<String> problem = TextProblem.of(key, false);
                if (problem.isPresent()) {
                    throw new RejectedText(context.getParser(), "A key: " + problem.get());
                }
                return key;
            }
        });
        return module;
    }

    /** Strings only from JSON strings (null stays null), and only clean ones. */
    private static final class CheckedString extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            Optional<String> problem = TextProblem.of(text, true);
            if (problem.isPresent()) {
                throw new RejectedText(parser, problem.get());
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}

package jp.kakanai.forms.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one JSON reader of the town pack: a tree whose every node knows the line it starts on, so that a
 * validator can say "procedures.json:212: unknown form" instead of only "invalid". Jackson's own tree
 * forgets locations. Every pack file is read with it: comments ({@code //}, so towns can say why) and
 * trailing commas are allowed; a key written twice in one object is an error, never a silent overwrite.
 */
public sealed interface LocatedJson {
    int line();

    record Obj(Map<String, LocatedJson> members, Map<String, Integer> keyLines, int line) implements LocatedJson {
        public Optional<LocatedJson> get(String key) {
            return Optional.ofNullable(members.get(key));
        }

        public boolean has(String key) {
            return members.containsKey(key);
        }

        /** The line of the key (of the object when the key is absent). */
        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }

    record Arr(List<LocatedJson> items, int line) implements LocatedJson {
    }

    /** A string, number (Long, Double or BigDecimal), boolean or null. */
    record Value(Object value, int line) implements LocatedJson {
        public Optional<String> text() {
            return value instanceof String s ? Optional.of(s) : Optional.empty();
        }

        @Override
        public String toString() {
            return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
        }
    }

    JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** Parses a whole document; a syntax error becomes a {@link SyntaxError} with its line. */
    static LocatedJson parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            LocatedJson root = read(parser);
            if (parser.nextToken() != null) {
                throw new SyntaxError(line(parser), "unexpected content after the end of the JSON document");
            }
            return root;
        } catch (JsonParseException e) {
            throw new SyntaxError(e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SyntaxError(0, "cannot read: " + e.getMessage());
        }
    }

    private static LocatedJson read(JsonParser parser) throws IOException {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new SyntaxError(Math.max(line, 1), "the file is empty");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, LocatedJson> members = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int keyLine = line(parser);
                    if (members.containsKey(name)) {
                        throw new SyntaxError(keyLine, "'" + name + "' appears twice in one object (first at line "
                                + keyLines.get(name) + ")");
                    }
                    parser.nextToken();
                    members.put(name, read(parser));
                    keyLines.put(name, keyLine);
                }
                return new Obj(members, keyLines, line);
            }
            case START_ARRAY -> {
                List<LocatedJson> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new Arr(items, line);
            }
            case VALUE_STRING -> {
                return new Value(parser.getText(), line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Value(parser.getNumberValue(), line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Value(parser.getBooleanValue(), line);
            }
            case VALUE_NULL -> {
                return new Value(null, line);
            }
            default -> throw new SyntaxError(line, "unexpected " + token);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** Thrown by {@link #parse} for a document that is not JSON. */
    final class SyntaxError extends RuntimeException {
        private final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}

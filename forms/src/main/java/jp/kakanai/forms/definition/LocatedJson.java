package jp.kakanai.forms.definition;

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

/**
 * A JSON tree whose every node knows the line it starts on, so that the validator of form definitions
 * can say "line 12: unknown kind" instead of only "invalid". Jackson's own tree forgets locations.
 */
sealed interface LocatedJson {
    int line();

    record Obj(Map<String, LocatedJson> members, Map<String, Integer> keyLines, int line) implements LocatedJson {
    }

    record Arr(List<LocatedJson> items, int line) implements LocatedJson {
    }

    /** A string, number, boolean or null. */
    record Value(Object value, int line) implements LocatedJson {
    }

    JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** Parses a whole document; syntax errors become a {@link DefinitionProblem} with the line. */
    static LocatedJson parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            LocatedJson root = read(parser);
            if (parser.nextToken() != null) {
                throw new SyntaxError(line(parser), "unexpected content after the end of the form definition");
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
            throw new SyntaxError(line, "the file is empty");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, LocatedJson> members = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int keyLine = line(parser);
                    if (members.containsKey(name)) {
                        throw new SyntaxError(keyLine, "property '" + name + "' appears twice");
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
        final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}

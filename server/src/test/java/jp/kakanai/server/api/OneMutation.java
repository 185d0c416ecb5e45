package jp.kakanai.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Bodies that are right but for one thing: a valid request (one the server accepts) with exactly one of its
 * values replaced by something hostile, one member removed or given twice, or one unknown member added —
 * anywhere in the document, nested members and array elements included. Mostly-wrong bodies
 * ({@link HostileJson}) are refused at the first wrong field; these get past every other check, so the
 * one wrong value meets the code that reads it: navigation, the checklist, the database columns.
 */
final class OneMutation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Arbitrary<String> hostileValues;
    private final Function<String, String> quoted;

    /** {@code hostileValues}: raw JSON values to put somewhere; {@code quoted}: how a text becomes a JSON string. */
    OneMutation(Arbitrary<String> hostileValues, Function<String, String> quoted) {
        this.hostileValues = hostileValues;
        this.quoted = quoted;
    }

    /**
     * One place in the document: a member of an object (by name) or an element of an array (by index), or an
     * object itself ({@code object}: where an unknown member can be added).
     */
    private record Place(List<Object> path, boolean object) {
        /** Removing or repeating applies to members and elements, adding to objects. */
        Kind fit(Kind kind) {
            if (object) {
                return kind == Kind.REPLACE ? kind : Kind.ADD_UNKNOWN;
            }
            return kind == Kind.ADD_UNKNOWN ? Kind.TWICE : kind;
        }
    }

    private enum Kind { REPLACE, REMOVE, TWICE, ADD_UNKNOWN }

    /** Each body: {@code valid} with one mutation at a place chosen among all of its places. */
    Arbitrary<String> of(String valid) {
        JsonNode document = parse(valid);
        List<Place> places = new ArrayList<>();
        collect(document, List.of(), places);
        return Combinators.combine(Arbitraries.of(places), Arbitraries.frequency(Tuple.of(6, Kind.REPLACE),
                        Tuple.of(2, Kind.REMOVE), Tuple.of(1, Kind.TWICE), Tuple.of(1, Kind.ADD_UNKNOWN)), hostileValues)
                .as((place, kind, value) -> render(document, List.of(), place.path(), place.fit(kind), value));
    }

    private static void collect(JsonNode node, List<Object> path, List<Place> places) {
        if (node.isObject()) {
            places.add(new Place(path, true));
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                List<Object> at = append(path, member.getKey());
                places.add(new Place(at, false));
                collect(member.getValue(), at, places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> at = append(path, i);
                places.add(new Place(at, false));
                collect(node.get(i), at, places);
            }
        }
    }

    /** The document as JSON text with the mutation applied at {@code target}. */
    private String render(JsonNode node, List<Object> path, List<Object> target, Kind kind, String value) {
        if (path.equals(target) && kind == Kind.REPLACE) {
            return value;
        }
        if (node.isObject()) {
            List<String> members = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                List<Object> at = append(path, member.getKey());
                String text = quoted.apply(member.getKey()) + ": " + render(member.getValue(), at, target, kind, value);
                if (!at.equals(target) || kind == Kind.REPLACE) {
                    members.add(text);
                } else if (kind == Kind.TWICE) {
                    members.add(text);
                    members.add(text);
                } else if (kind == Kind.ADD_UNKNOWN) {
                    members.add(text);
                }
            }
            if (path.equals(target) && kind == Kind.ADD_UNKNOWN) {
                members.add(quoted.apply("unknownField") + ": " + value);
            }
            return "{" + String.join(", ", members) + "}";
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                List<Object> at = append(path, i);
                String text = render(node.get(i), at, target, kind, value);
                if (!at.equals(target) || kind == Kind.REPLACE || kind == Kind.ADD_UNKNOWN) {
                    elements.add(text);
                } else if (kind == Kind.TWICE) {
                    elements.add(text);
                    elements.add(text);
                }
            }
            return "[" + String.join(", ", elements) + "]";
        }
        return node.toString();
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static JsonNode parse(String valid) {
        try {
            return JSON.readTree(valid);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + valid, e);
        }
    }
}

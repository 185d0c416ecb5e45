package jp.kakanai.server.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Request bodies for the fuzz test, built from jqwik arbitraries as JSON text (so that they can hold what no
 * serializer writes: duplicate keys, lone surrogate escapes, numbers too long for any type). Each endpoint's
 * shape is a JSON object whose fields are mostly right and now and then anything else; every text carries a
 * marker, so the test can search the log for it.
 */
final class HostileJson {
    private static final String NAME_CHARACTERS = "山田太郎花子髙﨑𠮷ヶ々ーァアイウエオ 　";
    private final String marker;

    HostileJson(String marker) {
        this.marker = marker;
    }

    Arbitrary<String> checkIn() {
        return object(fields(
                "resident", resident(),
                "lifeEvent", Arbitraries.of("move-in", "death", "birth", "marriage", "move-out", "move-within").map(this::quoted),
                "procedures", array(Arbitraries.of("resident-move-in", "juminhyo-request", "nhi-enroll", "dog-registration-change")
                        .map(this::quoted)),
                "myNumber", Arbitraries.of("\"314159265352\"", "\"123456789012\"", "null")));
    }

    Arbitrary<String> facts() {
        return object(fields(
                "version", Arbitraries.integers().between(-1, 3).map(String::valueOf),
                "answers", answers(),
                "household", array(member()),
                "myNumberCardRead", Arbitraries.of("true", "false")));
    }

    Arbitrary<String> navigation() {
        return object(fields(
                "event", Arbitraries.of("move-in", "death", "birth").map(this::quoted),
                "resident", object(fields("birthDate", date(), "myNumberCardRead", Arbitraries.of("true", "false"))),
                "household", array(member()),
                "answers", answers(),
                "visitDate", date()));
    }

    Arbitrary<String> homeQr() {
        return object(fields(
                "lifeEvent", Arbitraries.of("move-in", "death", "birth").map(this::quoted),
                "resident", object(fields("name", name(), "kana", Arbitraries.of("\"ヤマダ タロウ\"", "\"やまだ\"").map(s -> s),
                        "address", name(), "birthDate", date(), "sex", Arbitraries.of("\"1\"", "\"2\"", "\"9\""))),
                "answers", answers(),
                "household", array(member())));
    }

    Arbitrary<String> homeQrQuestions() {
        return object(fields(
                "lifeEvent", Arbitraries.of("move-in", "death").map(this::quoted),
                "birthDate", date(),
                "answers", answers(),
                "household", array(member())));
    }

    Arbitrary<String> lifeEventChoice() {
        return object(fields("lifeEvent", Arbitraries.of("move-in", "death", "birth").map(this::quoted)));
    }

    Arbitrary<String> answerValue() {
        return object(fields("value", Arbitraries.of("yes", "no", "dont-know", "none").map(this::quoted)));
    }

    Arbitrary<String> householdEntry() {
        return object(fields("known", Arbitraries.of("true", "false"), "members", array(member())));
    }

    /** Never the demo card's PIN: the fuzz must not read the card, only knock at the door. */
    Arbitrary<String> pinEntry() {
        return object(fields("pin", Arbitraries.of("\"0000\"", "\"12\"", "\"abcd\"", "\"99999\"")));
    }

    Arbitrary<String> anyBody() {
        return anyValue(4);
    }

    String questionId(Random random) {
        return random.nextBoolean() ? List.of("health-insurance", "dog", "seal-wanted").get(random.nextInt(3)) : pathPart(random);
    }

    /** Any JSON value: text (often hostile), numbers past every type, nested, now and then far too deep. */
    Arbitrary<String> anyValue() {
        return anyValue(2);
    }

    /** Anything that could follow a slash in a URL, percent-encoded by the caller. */
    String pathPart(Random random) {
        StringBuilder part = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            part.appendCodePoint(switch (random.nextInt(5)) {
                case 0 -> 'A' + random.nextInt(26);
                case 1 -> '-';
                case 2 -> random.nextInt(0x30000);
                case 3 -> 0x202A + random.nextInt(5);
                default -> '0' + random.nextInt(10);
            });
        }
        return part.toString().replace("/", "").replace("\\", "");
    }

    /** The body as bytes: mostly UTF-8 of the text, sometimes cut short, sometimes with bytes that are no UTF-8. */
    byte[] bytes(String json, Random random) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(20)) {
            case 0 -> java.util.Arrays.copyOf(utf8, random.nextInt(utf8.length + 1));
            case 1 -> {
                byte[] broken = java.util.Arrays.copyOf(utf8, utf8.length + 2);
                int at = random.nextInt(utf8.length + 1);
                System.arraycopy(utf8, at, broken, at + 2, utf8.length - at);
                broken[at] = (byte) 0xC3;
                broken[at + 1] = (byte) 0x28;
                yield broken;
            }
            default -> utf8;
        };
    }

    private Arbitrary<String> resident() {
        return object(fields("name", name(), "address", name(), "birthDate", date(),
                "sex", Arbitraries.of("\"1\"", "\"2\"", "\"FEMALE\"")));
    }

    private Arbitrary<String> member() {
        return object(fields(
                "relationship", Arbitraries.of("spouse", "child", "parent", "other").map(this::quoted),
                "birthDate", date(),
                "deceased", Arbitraries.of("true", "false")));
    }

    private Arbitrary<String> answers() {
        Arbitrary<String> key = Arbitraries.of("health-insurance", "dog", "seal-wanted", "juminhyo-wanted");
        Arbitrary<String> value = Arbitraries.of("yes", "no", "dont-know", "none", "national");
        return Combinators.combine(key, value).as((k, v) -> quoted(k) + ": " + quoted(v)).list().ofMaxSize(5)
                .map(pairs -> "{" + String.join(", ", pairs) + "}");
    }

    /** A name or address: often fine, often hostile (any UTF-16 unit, lone surrogates, bidi, invisible, too long). */
    private Arbitrary<String> name() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().withChars(NAME_CHARACTERS).ofMinLength(1).ofMaxLength(20)),
                Tuple.of(3, Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(30)),
                Tuple.of(1, Arbitraries.integers().between(0, 420).map("𠮷"::repeat)),
                Tuple.of(1, Arbitraries.of("\u3000\u200b", "\u202e逆", "\u2066左\u2069", "\u3164", "\ufe0f", "")),
                Tuple.of(1, Arbitraries.strings().withChars(NAME_CHARACTERS).ofMinLength(190).ofMaxLength(230)))
                .map(text -> quoted(marker + text));
    }

    private Arbitrary<String> date() {
        return Arbitraries.of("\"1989-01-08\"", "\"2023-02-30\"", "\"1800-01-01\"", "\"2999-01-01\"", "\"19890108\"",
                "123", "\"\"", "[1989, 1, 8]");
    }

    private Arbitrary<String> array(Arbitrary<String> element) {
        return element.list().ofMaxSize(25).map(items -> "[" + String.join(", ", items) + "]");
    }

    /** Field name to its usual values. */
    private static Map<String, Arbitrary<String>> fields(Object... nameAndValue) {
        Map<String, Arbitrary<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameAndValue.length; i += 2) {
            @SuppressWarnings("unchecked")
            Arbitrary<String> value = (Arbitrary<String>) nameAndValue[i + 1];
            fields.put((String) nameAndValue[i], value);
        }
        return fields;
    }

    /**
     * An object with each field usually right, sometimes anything (wrong type, deep, huge), missing or twice,
     * and now and then a field nobody knows.
     */
    private Arbitrary<String> object(Map<String, Arbitrary<String>> fields) {
        List<Arbitrary<String>> members = new ArrayList<>();
        fields.forEach((field, usual) -> members.add(Arbitraries.frequencyOf(
                Tuple.of(14, usual.map(v -> quoted(field) + ": " + v)),
                Tuple.of(3, anyValue(3).map(v -> quoted(field) + ": " + v)),
                Tuple.of(2, Arbitraries.just("")),
                Tuple.of(1, usual.map(v -> quoted(field) + ": " + v + ", " + quoted(field) + ": " + v)))));
        members.add(Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just("")),
                Tuple.of(1, anyValue(2).map(v -> quoted(marker + "unknown") + ": " + v))));
        return Combinators.combine(members).as(parts -> "{" + String.join(", ", parts.stream()
                .filter(p -> !p.isEmpty()).toList()) + "}");
    }

    /** Any JSON value, nested up to {@code depth} more levels, and now and then far deeper than any limit. */
    private Arbitrary<String> anyValue(int depth) {
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>(List.of(
                Tuple.of(4, name()),
                Tuple.of(2, Arbitraries.of("0", "-0", "1.5", "1e400", "-12345678901234567890123456789012345678901234567890",
                        "9223372036854775808", "true", "false", "null")),
                Tuple.of(1, Arbitraries.integers().between(30, 1100).map(n -> "[".repeat(n) + "]".repeat(n))),
                Tuple.of(1, Arbitraries.integers().between(30, 200).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)))));
        if (depth > 0) {
            choices.add(Tuple.of(2, Arbitraries.lazy(() -> anyValue(depth - 1)).list().ofMaxSize(4)
                    .map(items -> "[" + String.join(", ", items) + "]")));
            choices.add(Tuple.of(2, Combinators.combine(name(), Arbitraries.lazy(() -> anyValue(depth - 1)))
                    .as((k, v) -> "{" + k + ": " + v + "}")));
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    /** A JSON string literal; UTF-16 surrogates and controls as escapes, so a lone surrogate arrives as one. */
    String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}

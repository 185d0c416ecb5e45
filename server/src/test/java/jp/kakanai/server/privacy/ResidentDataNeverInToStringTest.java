package jp.kakanai.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.render.FormData;
import jp.kakanai.server.interview.Confirmation;
import jp.kakanai.server.queue.TicketNumber;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No {@code toString()} of a type that carries a resident's data (or a secret) prints it: every record of
 * the forms library, the server and the kiosk program is built with a distinct made-up value in each
 * component, and whatever went into a personal component — a name, an address, a birth date, フリガナ, a
 * phone number, a postcode, a My Number, a PIN, a password or token — must not come back out of the
 * record's text, nor out of any record holding it. Records found by scanning, so a new one is held to this
 * too; a component is personal by its name (a {@code name} beside one of the others is a person's name).
 */
class ResidentDataNeverInToStringTest {
    private static final List<String> PERSONAL_PARTS = List.of("address", "birth", "kana", "phone", "postcode",
            "householder", "mynumber", "password", "token", "secret", "residentname");
    private static final Set<String> PERSONAL_NAMES = Set.of("pin");
    private static final List<String> PERSON_PARTS = List.of("address", "birth", "kana", "phone", "postcode",
            "householder", "mynumber", "residentname");
    /** Components personal by what the type is, not by their name: the values of forms and confirmation rows. */
    private static final Map<Class<?>, Set<String>> PERSONAL_BY_TYPE = Map.of(
            Confirmation.Row.class, Set.of("value"),
            FormData.class, Set.of("tree"));

    /** Types whose own rules refuse arbitrary text: made up by hand (no personal data in them). */
    private static final Map<Class<?>, Supplier<Object>> MADE_UP = Map.of(
            TicketNumber.class, () -> new TicketNumber("A", 7),
            URI.class, () -> URI.create("https://kakanai.example.jp"),
            Duration.class, () -> Duration.ofMinutes(2),
            Answers.class, () -> new Answers(Map.of("dog", "yes")));
    /** Text components whose records check their shape: made-up values of that shape. */
    private static final Map<String, IntFunction<String>> SHAPED = Map.of(
            "lifeEvent", n -> "event-" + n,
            "id", n -> "id-" + n,
            "machiazaId", n -> String.format("%07d", n),
            "postcode", n -> String.format("%07d", 1_000_000 + n),
            "username", n -> "user" + n,
            "tokenSha256", n -> String.format("%064x", 0xabcdefL * n),
            "passwordHash", n -> "$2a$10$" + ("secrethash" + n + "x".repeat(53)).substring(0, 53));
    /** Named like personal data, but is not: the forms that print a My Number. */
    private static final Set<String> NOT_PERSONAL = Set.of("myNumberForms");
    /** The town's address master: district names, their kana and postcodes, published data about no one. */
    private static final Set<String> TOWN_DATA = Set.of("jp.kakanai.server.address.Machiaza",
            // since the address master is part of the town pack: the pack, its version in force and its 町字
            "jp.kakanai.forms.address.Machiaza", "jp.kakanai.forms.address.TownAddresses",
            "jp.kakanai.forms.pack.TownPack", "jp.kakanai.server.townpack.TownPacks$InForce",
            "jp.kakanai.server.address.TownAddressFile$Town", "jp.kakanai.server.address.AddressResource$Town",
            "jp.kakanai.server.address.AddressResource$Entry", "jp.kakanai.server.address.AddressResource$Chome");

    private int counter;

    @Test
    void noRecordPrintsWhatItsPersonalComponentsHold() throws Exception {
        List<Class<?>> records = records();
        assertThat(records).as("records scanned").hasSizeGreaterThan(100);
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : records) {
            if (!carriesPersonalData(type, new ArrayList<>())) {
                continue;
            }
            List<String> secrets = new ArrayList<>();
            Object value;
            try {
                value = build(type, type.getSimpleName(), false, secrets, new ArrayList<>());
            } catch (ReflectiveOperationException | RuntimeException cannotBuild) {
                Throwable cause = cannotBuild.getCause() == null ? cannotBuild : cannotBuild.getCause();
                leaks.add(type.getName() + ": could not be built with made-up values (" + cause + ")");
                continue;
            }
            if (secrets.isEmpty()) {
                continue;
            }
            checked++;
            String text = value.toString();
            secrets.stream().filter(text::contains).findFirst()
                    .ifPresent(secret -> leaks.add(type.getName() + " prints '" + secret + "': " + text));
        }
        assertThat(leaks).isEmpty();
        assertThat(checked).as("records carrying personal data").isGreaterThan(30);
    }

    private Object build(Type type, String component, boolean personal, List<String> secrets, List<Class<?>> building)
            throws ReflectiveOperationException {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Type[] arguments = type instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
        int n = ++counter;
        if (raw == String.class || raw == CharSequence.class) {
            String made = SHAPED.getOrDefault(component, i -> "値" + (char) ('甲' + i % 10) + i + "号").apply(n);
            return remember(made, personal, secrets);
        }
        if (raw == LocalDate.class) {
            // within the year before the made-up instants (2026-12-05): a home QR's move must be within a year of it
            LocalDate made = LocalDate.of(2026, 1 + n % 11, 1 + n % 28);
            remember(made.toString(), personal, secrets);
            return made;
        }
        if (raw == char[].class) {
            return remember(String.valueOf(8000 + n), personal, secrets).toCharArray();
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-12-05T00:00:00Z").plusSeconds(n);
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.parse("2026-12-05T09:00:00+09:00");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.0;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (MADE_UP.containsKey(raw)) {
            return MADE_UP.get(raw).get();
        }
        if (raw == Optional.class) {
            return Optional.ofNullable(build(arguments[0], component, personal, secrets, building));
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            Object element = build(arguments[0], component, personal, secrets, building);
            List<Object> one = element == null ? List.of() : List.of(element);
            return raw == Set.class ? Set.copyOf(one) : one;
        }
        if (raw == Map.class) {
            Map<Object, Object> map = new TreeMap<>();
            if (arguments.length == 2 && arguments[0] == String.class
                    && (arguments[1] == String.class || arguments[1] == Object.class)) {
                map.put("key" + n, build(String.class, component, personal, secrets, building));
            }
            return map;
        }
        if (raw.isRecord() && !building.contains(raw)) {
            return record(raw, secrets, building);
        }
        return null;
    }

    private Object record(Class<?> type, List<String> secrets, List<Class<?>> building)
            throws ReflectiveOperationException {
        building.add(type);
        RecordComponent[] components = type.getRecordComponents();
        // A name beside an address, a birth date, a kana… is a person's; beside a secret it may be a provider's.
        boolean aPerson = Arrays.stream(components).map(c -> c.getName().toLowerCase())
                .anyMatch(c -> personalByName(c) && PERSON_PARTS.stream().anyMatch(c::contains));
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            boolean personal = personalByName(name) || aPerson && name.equals("name")
                    || PERSONAL_BY_TYPE.getOrDefault(type, Set.of()).contains(name);
            values[i] = build(components[i].getGenericType(), name, personal, secrets, building);
        }
        building.remove(type);
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    /** Whether a record holds personal data itself or in a record it holds (through Optional, lists, maps). */
    private static boolean carriesPersonalData(Class<?> type, List<Class<?>> seen) {
        if (!type.isRecord() || seen.contains(type) || TOWN_DATA.contains(type.getName())) {
            return false;
        }
        seen.add(type);
        for (RecordComponent component : type.getRecordComponents()) {
            if (personalByName(component.getName())
                    || PERSONAL_BY_TYPE.getOrDefault(type, Set.of()).contains(component.getName())
                    || classesIn(component.getGenericType()).stream().anyMatch(c -> carriesPersonalData(c, seen))) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> classesIn(Type type) {
        if (type instanceof Class<?> c) {
            return List.of(c);
        }
        if (type instanceof ParameterizedType p) {
            List<Class<?>> classes = new ArrayList<>(classesIn(p.getRawType()));
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> classes.addAll(classesIn(a)));
            return classes;
        }
        return List.of();
    }

    private static boolean personalByName(String component) {
        if (NOT_PERSONAL.contains(component)) {
            return false;
        }
        String lower = component.toLowerCase();
        return PERSONAL_NAMES.contains(lower) || PERSONAL_PARTS.stream().anyMatch(lower::contains);
    }

    private static String remember(String made, boolean personal, List<String> secrets) {
        if (personal) {
            secrets.add(made);
        }
        return made;
    }

    /** Every record class of the main code of forms, server and kiosk (not the tests'). */
    private static List<Class<?>> records() throws IOException, ClassNotFoundException {
        List<Class<?>> records = new ArrayList<>();
        ClassLoader loader = ResidentDataNeverInToStringTest.class.getClassLoader();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:jp/kakanai/**/*.class")) {
            String url = resource.getURL().toString();
            if (url.contains("/test-classes/") || url.contains("-tests.jar")) {
                continue;
            }
            String name = url.substring(url.lastIndexOf("jp/kakanai/")).replace(".class", "").replace('/', '.');
            Class<?> type = Class.forName(name, false, loader);
            if (type.isRecord()) {
                records.add(type);
            }
        }
        return records;
    }
}

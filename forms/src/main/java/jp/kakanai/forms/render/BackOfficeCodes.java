package jp.kakanai.forms.render;

import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A form's back-office data as QR codes. One code when its JSON fits a version-16 symbol (449 bytes at error
 * correction M); more data is split into parts, each a JSON object of its own,
 * {@code {"v":2,"form":"nhi-enroll","part":2,"parts":3,"data":{"visit":{"id":…},"household":{…}}}}: the data in
 * its order, value by value (resident.address, …) and a household row by row, each part as full as it goes, and
 * the visit id in every part, so that parts of different visits are never joined. Why version 16: measured in
 * docs/forms.md, ZXing missed none of 400 version-16 codes with 0.339 mm modules scanned at 300 dpi from any
 * sub-pixel position, but 15 of 400 version-19 codes and up to 15 % of the version-25 to 34 codes a household of
 * four or seven made; it estimates a code's size from its finder patterns, and the error grows with the size.
 * When the form has fewer places than parts, the parts grow until they fit: the data is always all there.
 */
final class BackOfficeCodes {
    /** UTF-8 bytes in a version-17 code at error correction M, after its ECI, mode and length fields. */
    static final int PART_BYTES = 503;

    private BackOfficeCodes() {
    }

    /** UTF-8 bytes in a version-40 code at error correction M (2,331) less its ECI, mode and length fields. */
    static final int MOST_BYTES = 2328;

    /**
     * The texts of the codes for {@code whole}, at most {@code places} of them.
     *
     * @throws FormDataTooLargeException when the data does not fit that many codes of the largest version
     */
    static List<String> split(BackOfficeData whole, int places) {
        String single = whole.toJson();
        if (bytes(single) <= PART_BYTES || places <= 1) {
            if (bytes(single) > MOST_BYTES) {
                throw tooLarge(whole, places);
            }
            return List.of(single);
        }
        List<Unit> units = units(whole.data());
        List<String> atFirst = texts(whole, pack(whole, units, PART_BYTES), places);
        if (atFirst != null) {
            return atFirst;
        }
        // the smallest limit, in steps of 32 bytes, at which the parts fit the places: fewer parts as the limit grows
        int low = 1;
        int high = (MOST_BYTES - PART_BYTES) / 32;
        if (texts(whole, pack(whole, units, PART_BYTES + 32 * high), places) == null) {
            throw tooLarge(whole, places);
        }
        while (low < high) {
            int mid = (low + high) / 2;
            if (texts(whole, pack(whole, units, PART_BYTES + 32 * mid), places) != null) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return texts(whole, pack(whole, units, PART_BYTES + 32 * low), places);
    }

    /** The parts' texts, or null when they are more than the places or one is too big for any code. */
    private static List<String> texts(BackOfficeData whole, List<Map<String, Object>> parts, int places) {
        if (parts.size() > places) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String text = new BackOfficeData(whole.version(), whole.formId(), parts.get(i)).toJson(i + 1, parts.size());
            if (bytes(text) > MOST_BYTES) {
                return null;
            }
            texts.add(text);
        }
        return texts;
    }

    private static FormDataTooLargeException tooLarge(BackOfficeData whole, int places) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        leaves("", whole.data(), sizes);
        String largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("data");
        return new FormDataTooLargeException(whole.formId(), largest, bytes(whole.toJson()), places);
    }

    private static void leaves(String path, Object node, Map<String, Integer> sizes) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> leaves(path.isEmpty() ? k.toString() : path + "." + k, v, sizes));
        } else if (node instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
            for (int i = 0; i < list.size(); i++) {
                leaves(path + "[" + i + "]", list.get(i), sizes);
            }
        } else {
            sizes.put(path, bytes(String.valueOf(node)));
        }
    }

    /** QR modules of one code's text, without quiet zone: UTF-8 with its ECI, error correction M, see {@link MaskChoice}. */
    static BitMatrix modules(String text) {
        try {
            return MaskChoice.encode(text, ErrorCorrectionLevel.M);
        } catch (WriterException e) {
            throw new IllegalStateException("form data too big for a QR code (" + text.length() + " characters)", e);
        }
    }

    /** One code as read: which part of how many, and its data. */
    record Part(int version, String formId, int part, int parts, Map<String, Object> data) {
    }

    /** The whole data from all parts of one form's codes, in any order; empty when one is missing or they disagree. */
    static Optional<BackOfficeData> join(List<Part> scanned) {
        if (scanned.isEmpty()) {
            return Optional.empty();
        }
        Part first = scanned.get(0);
        List<Part> parts = scanned.stream().sorted(Comparator.comparingInt(Part::part)).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part.part() != i + 1 || part.parts() != first.parts() || part.version() != first.version()
                    || !part.formId().equals(first.formId()) || !merge(data, part.data())) {
                return Optional.empty();
            }
        }
        return parts.size() == first.parts() ? Optional.of(new BackOfficeData(first.version(), first.formId(), data))
                : Optional.empty();
    }

    /** A piece that goes into one part whole: a value of a top-level object (resident.address), a row, or a value. */
    private record Unit(String key, String field, Object value, boolean row, int bytes) {
        Unit(String key, String field, Object value, boolean row) {
            this(key, field, value, row, BackOfficeCodes.bytes(String.valueOf(value)));
        }
    }

    private static List<Unit> units(Map<String, Object> data) {
        List<Unit> units = new ArrayList<>();
        data.forEach((key, value) -> {
            if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Map.class::isInstance)) {
                list.forEach(item -> units.add(new Unit(key, null, item, true)));
            } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                map.forEach((field, v) -> units.add(new Unit(key, field.toString(), v, false)));
            } else {
                units.add(new Unit(key, null, value, false));
            }
        });
        return units;
    }

    /**
     * Fills parts greedily, in the data's order. A part's JSON is written out only near the limit: before that the
     * units' own sizes tell that it fits (writing it for every unit made a long household take seconds).
     */
    private static List<Map<String, Object>> pack(BackOfficeData whole, List<Unit> units, int limit) {
        List<Map<String, Object>> parts = new ArrayList<>();
        Map<String, Object> current = start(whole.data());
        int inCurrent = 0;
        int size = size(whole, current);
        for (Unit unit : units) {
            Map<String, Object> tried = with(current, unit);
            int triedSize = size + unit.bytes() + UNIT_OVERHEAD;
            if (inCurrent > 0 && triedSize > limit) {
                triedSize = size(whole, tried);
                if (triedSize > limit) {
                    parts.add(current);
                    tried = with(start(whole.data()), unit);
                    triedSize = size(whole, tried);
                    inCurrent = 0;
                }
            }
            current = tried;
            size = triedSize;
            inCurrent++;
        }
        parts.add(current);
        return parts;
    }

    /** More than a unit adds to a part besides its value: its key, a table's header the first time, commas. */
    private static final int UNIT_OVERHEAD = 128;

    private static int size(BackOfficeData whole, Map<String, Object> part) {
        return bytes(new BackOfficeData(whole.version(), whole.formId(), part).toJson(9, 9));
    }

    /** A new part: the visit id alone, when the data has one. */
    private static Map<String, Object> start(Map<String, Object> data) {
        Map<String, Object> part = new LinkedHashMap<>();
        if (data.get("visit") instanceof Map<?, ?> visit && visit.get("id") != null) {
            part.put("visit", new LinkedHashMap<>(Map.of("id", visit.get("id"))));
        }
        return part;
    }

    /** A copy of the part with the unit added (the part's own lists and objects copied, never shared). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Map<String, Object> part, Unit unit) {
        Map<String, Object> copy = new LinkedHashMap<>(part);
        Object have = copy.get(unit.key());
        if (unit.row()) {
            List<Object> rows = new ArrayList<>(have instanceof List<?> l ? (List<Object>) l : List.of());
            rows.add(unit.value());
            copy.put(unit.key(), rows);
        } else if (unit.field() != null) {
            Map<String, Object> fields = new LinkedHashMap<>(have instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
            fields.put(unit.field(), unit.value());
            copy.put(unit.key(), fields);
        } else {
            copy.put(unit.key(), unit.value());
        }
        return copy;
    }

    /** Adds {@code from} to {@code into}: maps merged, lists continued, the same value twice allowed; false on a clash. */
    @SuppressWarnings("unchecked")
    private static boolean merge(Map<String, Object> into, Map<String, Object> from) {
        for (Map.Entry<String, Object> e : from.entrySet()) {
            Object have = into.get(e.getKey());
            Object add = e.getValue();
            if (have == null) {
                into.put(e.getKey(), add instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
                        : add instanceof List<?> l ? new ArrayList<>(l) : add);
            } else if (have instanceof Map<?, ?> && add instanceof Map<?, ?>) {
                if (!merge((Map<String, Object>) have, (Map<String, Object>) add)) {
                    return false;
                }
            } else if (have instanceof List<?> && add instanceof List<?> rows) {
                ((List<Object>) have).addAll(rows);
            } else if (!Objects.equals(have, add)) {
                return false;
            }
        }
        return true;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}

package jp.kakanai.forms.render;

import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
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

    /** The texts of the codes for {@code whole}, at most {@code places} of them. */
    static List<String> split(BackOfficeData whole, int places) {
        String single = whole.toJson();
        if (bytes(single) <= PART_BYTES || places <= 1) {
            return List.of(single);
        }
        List<Unit> units = units(whole.data());
        for (int limit = PART_BYTES; ; limit += 32) {
            List<Map<String, Object>> parts = pack(whole, units, limit);
            if (parts.size() <= places) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < parts.size(); i++) {
                    texts.add(new BackOfficeData(whole.version(), whole.formId(), parts.get(i)).toJson(i + 1, parts.size()));
                }
                return texts;
            }
        }
    }

    /** QR modules of one code's text, without quiet zone: UTF-8 with its ECI, error correction M, see {@link MaskChoice}. */
    static BitMatrix modules(String text) {
        try {
            ByteMatrix modules = MaskChoice.encode(text, ErrorCorrectionLevel.M);
            BitMatrix bits = new BitMatrix(modules.getWidth(), modules.getHeight());
            for (int y = 0; y < modules.getHeight(); y++) {
                for (int x = 0; x < modules.getWidth(); x++) {
                    if (modules.get(x, y) == 1) {
                        bits.set(x, y);
                    }
                }
            }
            return bits;
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
    private record Unit(String key, String field, Object value, boolean row) {
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

    private static List<Map<String, Object>> pack(BackOfficeData whole, List<Unit> units, int limit) {
        List<Map<String, Object>> parts = new ArrayList<>();
        Map<String, Object> current = start(whole.data());
        int inCurrent = 0;
        for (Unit unit : units) {
            Map<String, Object> tried = with(current, unit);
            if (inCurrent > 0 && bytes(new BackOfficeData(whole.version(), whole.formId(), tried).toJson(9, 9)) > limit) {
                parts.add(current);
                tried = with(start(whole.data()), unit);
                inCurrent = 0;
            }
            current = tried;
            inCurrent++;
        }
        parts.add(current);
        return parts;
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

package jp.kakanai.forms.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a form's back-office QR code holds, so a scanner takes the data without retyping: compact JSON in UTF-8,
 * {@code {"v":2,"form":"nhi-enroll","data":{"resident":{"name":"山田 太郎",…},"household":{"columns":["name",…],
 * "rows":[["山田 太郎",…],…]},…}}}, where {@code data} has the keys of {@link FormData} but only the values printed
 * on the form, as given (ISO dates, ISO 5218 sex codes), and lists of objects are written as tables
 * ({@link CompactTables}). Version 1 wrote lists as they are; {@link #fromJson} reads both and gives the same tree
 * ({@link #data()} always holds lists). The My Number is never put in the code: it is printed in its boxes.
 *
 * @param version the payload format: {@value #VERSION} is written, 1 and 2 are read
 */
public record BackOfficeData(int version, String formId, Map<String, Object> data) {
    public static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The whole payload as one code's JSON. */
    public String toJson() {
        return toJson(1, 1);
    }

    /** One part of several ({@link BackOfficeCodes}): {@code "part"} and {@code "parts"} follow the form id. */
    String toJson(int part, int parts) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("v", version);
        root.put("form", formId);
        if (parts > 1) {
            root.put("part", part);
            root.put("parts", parts);
        }
        root.put("data", version >= 2 ? CompactTables.write(data) : data);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads one scanned code of version 1 or 2; empty when it is not a Kakanai form code of those versions, or when
     * it is one part of several (read them all with {@link #fromCodes}).
     */
    public static Optional<BackOfficeData> fromJson(String json) {
        return fromCodes(List.of(json));
    }

    /**
     * Reads the codes of one form, one or several parts in any order, as a whole; empty when one is not a
     * Kakanai form code, a part is missing or the parts are of different forms or visits.
     */
    public static Optional<BackOfficeData> fromCodes(Collection<String> scanned) {
        List<BackOfficeCodes.Part> parts = new ArrayList<>();
        for (String json : scanned) {
            Optional<BackOfficeCodes.Part> part = part(json);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            parts.add(part.get());
        }
        return BackOfficeCodes.join(parts);
    }

    @SuppressWarnings("unchecked")
    private static Optional<BackOfficeCodes.Part> part(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.path("v").isInt() || !root.path("form").isTextual() || !root.path("data").isObject()) {
                return Optional.empty();
            }
            int version = root.get("v").asInt();
            int part = root.path("part").asInt(1);
            int parts = root.path("parts").asInt(1);
            if (version < 1 || version > VERSION || part < 1 || part > parts) {
                return Optional.empty();
            }
            Map<String, Object> data = JSON.convertValue(root.get("data"), Map.class);
            return Optional.of(new BackOfficeCodes.Part(version, root.get("form").asText(), part, parts,
                    version >= 2 ? (Map<String, Object>) CompactTables.read(data) : data));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}

package jp.kakanai.forms.render;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;

/**
 * Builds {@link FormData} with the project's shared keys, starting from the resident's 基本4情報:
 * <pre>{@code
 * FormData data = FormDataBuilder.forResident(info)
 *         .visit("v-42", LocalDate.now(), "A-012", "move-in")
 *         .put("resident.kana", "ヤマダ タロウ")
 *         .put("household[1].name", "山田 花子")
 *         .build();
 * }</pre>
 * Dates become ISO {@code yyyy-MM-dd} strings, sex its ISO 5218 code; null values are left out.
 */
public final class FormDataBuilder {
    private final Map<String, Object> tree = new LinkedHashMap<>();

    private FormDataBuilder() {
    }

    public static FormDataBuilder empty() {
        return new FormDataBuilder();
    }

    /** {@code resident.name}, {@code .address}, {@code .birthDate} and {@code .sex}. */
    public static FormDataBuilder forResident(BasicFourInfo resident) {
        Objects.requireNonNull(resident, "resident");
        return new FormDataBuilder()
                .put("resident.name", resident.name())
                .put("resident.address", resident.address())
                .put("resident.birthDate", resident.birthDate())
                .put("resident.sex", resident.sex().iso5218());
    }

    /**
     * The answers a life event implies (the town pack's {@code life-events.json} "implies": 転入 ticks 転入 as
     * the 国保 reason), answer id → value, where none was put yet; a later {@code put} of the same answer wins.
     */
    public FormDataBuilder impliedAnswers(Map<String, String> implied) {
        implied.forEach((answer, value) -> {
            if (!TreePaths.has(tree, "answers." + answer)) {
                put("answers." + answer, value);
            }
        });
        return this;
    }

    /** {@code visit.id}, {@code .date}, {@code .ticketNumber} and {@code .lifeEvent} (any may be null). */
    public FormDataBuilder visit(String id, LocalDate date, String ticketNumber, String lifeEvent) {
        return put("visit.id", id).put("visit.date", date).put("visit.ticketNumber", ticketNumber).put("visit.lifeEvent", lifeEvent);
    }

    /** Any key of the tree, e.g. {@code resident.kana}, {@code move.date}, {@code household[0].relationship}, {@code answers.copies}. */
    public FormDataBuilder put(String path, Object value) {
        if (value != null) {
            Object plain = value instanceof LocalDate d ? d.toString() : value instanceof Sex s ? s.iso5218() : value;
            TreePaths.put(tree, path, plain);
        }
        return this;
    }

    /** A snapshot: later calls on this builder do not change it. */
    @SuppressWarnings("unchecked")
    public FormData build() {
        return new FormData((Map<String, Object>) deepCopy(tree));
    }

    private static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k.toString(), deepCopy(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (node instanceof List<?> list) {
            return list.stream().map(FormDataBuilder::deepCopy).toList();
        }
        return node;
    }
}

package jp.kakanai.forms.navigation;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The life events a visit can be about; the ids are shared by kiosk, server and the procedure catalog. */
public enum LifeEvent {
    MOVE_IN("move-in", "転入", "Moving in"),
    MOVE_OUT("move-out", "転出", "Moving out"),
    MOVE_WITHIN("move-within", "転居", "Moving within the town"),
    BIRTH("birth", "出生", "Birth"),
    DEATH("death", "死亡（おくやみ）", "Death"),
    MARRIAGE("marriage", "婚姻", "Marriage");

    private final String id;
    private final LocalizedText name;

    LifeEvent(String id, String ja, String en) {
        this.id = id;
        this.name = LocalizedText.of(ja, en);
    }

    public String id() {
        return id;
    }

    public LocalizedText displayName() {
        return name;
    }

    public static Optional<LifeEvent> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }

    /** The event with this id; the exception lists the valid ids, for a clear 400 answer. */
    public static LifeEvent ofId(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown life event '" + id + "'; expected one of " + ids()));
    }

    public static String ids() {
        return Arrays.stream(values()).map(LifeEvent::id).collect(Collectors.joining(", "));
    }
}

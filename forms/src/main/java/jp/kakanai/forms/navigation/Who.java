package jp.kakanai.forms.navigation;

import java.util.Arrays;
import java.util.Optional;

/** Whose age a condition looks at. */
enum Who {
    /** The resident at the counter (the card holder, the one who reports). */
    RESIDENT("resident"),
    /** The resident and every living household member. */
    HOUSEHOLD("household"),
    /** The living household members other than the resident (children, spouse, …). */
    MEMBERS("members"),
    /** The household member who died (death only). */
    DECEASED("deceased");

    private final String id;

    Who(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static Optional<Who> byId(String id) {
        return Arrays.stream(values()).filter(w -> w.id.equals(id)).findFirst();
    }
}

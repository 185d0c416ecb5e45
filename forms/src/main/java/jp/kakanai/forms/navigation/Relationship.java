package jp.kakanai.forms.navigation;

import java.util.Arrays;
import java.util.Optional;

/** How a household member is related to the resident at the counter (続柄, coarse). */
public enum Relationship {
    SPOUSE("spouse"), CHILD("child"), PARENT("parent"), GRANDCHILD("grandchild"), OTHER("other");

    private final String id;

    Relationship(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Relationship> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}

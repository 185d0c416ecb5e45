package jp.kakanai.server.checklist;

import java.util.Arrays;
import java.util.Optional;

/** Where a procedure of the checklist stands. */
public enum ItemStatus {
    TODO("todo", "未着手"), IN_PROGRESS("in-progress", "対応中"), DONE("done", "完了"), NOT_NEEDED("not-needed", "不要");

    private final String id;
    private final String ja;

    ItemStatus(String id, String ja) {
        this.id = id;
        this.ja = ja;
    }

    public String id() {
        return id;
    }

    public String ja() {
        return ja;
    }

    public static Optional<ItemStatus> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}

package jp.kakanai.server.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What was done with residents' personal data (特定個人情報ガイドライン: access to be recorded and reviewed),
 * and the sign-in events of the staff who did it. The id is what the log stores.
 */
public enum AccessAction {
    CHECK_IN("check-in", false),
    LIST_VISITS("list-visits", true),
    VIEW_VISIT("view-visit", true),
    VIEW_CHECKLIST("view-checklist", true),
    CHANGE_CHECKLIST("change-checklist", false),
    START_INTERVIEW("start-interview", false),
    VIEW_INTERVIEW("view-interview", true),
    CHANGE_INTERVIEW("change-interview", false),
    PRINT_FORM("print-form", false),
    PRINT_ALL("print-all", false),
    PRINT_INTERVIEW("print-interview", false),
    EXPORT_REPORT("export-report", false),
    MY_NUMBER_STORE("my-number-store", false),
    MY_NUMBER_USE("my-number-use", false),
    MY_NUMBER_PURGE("my-number-purge", false),
    VIEW_ACCESS_LOG("view-access-log", true),
    EXPORT_ACCESS_LOG("export-access-log", false),
    SIGN_IN("sign-in", false),
    SIGN_IN_FAILED("sign-in-failed", false),
    LOCKED_OUT("locked-out", false),
    SIGN_OUT("sign-out", false),
    ACCOUNT_CHANGE("account-change", false),
    BACKUP("backup", false),
    /** A queue step refused (another department's ticket or procedure); allowed steps are in the queue's log. */
    QUEUE_STEP_REFUSED("queue-step-refused", false);

    private final String id;
    private final boolean view;

    AccessAction(String id, boolean view) {
        this.id = id;
        this.view = view;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /**
     * A look at data that pages refresh by themselves (the staff list every 30 s): the same look by the
     * same person within a few minutes is one record. Prints, exports, changes and My Number uses never are.
     */
    boolean isView() {
        return view;
    }

    public static Optional<AccessAction> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}

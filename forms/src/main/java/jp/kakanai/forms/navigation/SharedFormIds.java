package jp.kakanai.forms.navigation;

import java.util.Set;

/**
 * The form ids every module shares (forms/ definitions, the server's
 * {@code /api/visits/{id}/forms/{formId}.pdf}, this catalog). The catalog loader rejects any other id.
 */
public final class SharedFormIds {
    public static final Set<String> ALL = Set.of(
            "juminhyo-request", "resident-change", "seal-registration", "nhi-enroll", "nhi-withdraw",
            "national-pension", "late-elderly-medical", "long-term-care", "child-allowance",
            "child-medical-subsidy", "funeral-expenses", "dog-registration-change");

    private SharedFormIds() {
    }
}

package jp.kakanai.server.account;

import java.util.List;
import jp.kakanai.forms.text.Redacted;

/** The administrators' and staff's requests about accounts, as JSON bodies. */
final class AccountRequests {
    private AccountRequests() {
    }

    /** {@code source}: {@code local} (default) or {@code directory}. */
    record NewAccount(String username, String displayName, String source, List<String> roles, List<String> departments) {
    }

    record Change(String displayName, List<String> roles, List<String> departments, Boolean enabled) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    record SecondFactorConfirmation(String code) {
    }
}

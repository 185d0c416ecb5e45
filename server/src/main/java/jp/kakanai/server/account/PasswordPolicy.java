package jp.kakanai.server.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a new password must be (NIST SP 800-63B §5.1.1.2, which 総務省's guideline follows in spirit: length
 * over composition rules, no known or guessable passwords, no reuse): at least 12 characters, at most 128;
 * not the account's name or display name, nor containing them; not one of the commonly used passwords;
 * not one of the account's last five. No rule on character classes and no expiry: those make people write
 * passwords down. The problems come back as sentences for the page.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final int HISTORY = 5;
    /** The most used passwords in published breach corpora, and what a town hall's staff would guess first. */
    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "123456789012",
            "1234567890", "12345678", "123456789", "qwertyuiop", "qwerty123456", "iloveyou", "letmein", "welcome",
            "welcome123", "admin", "administrator", "passw0rd", "p@ssw0rd", "abc123456789", "111111111111",
            "000000000000", "monkey", "dragon", "sunshine", "princess", "football", "baseball", "shadow", "master",
            "superman", "trustno1", "changeme", "kakanai", "kakanai123", "madoguchi", "yakuba", "yakusho", "shiyakusho",
            "townhall", "cityhall", "mynumber", "1qaz2wsx3edc", "zaq12wsxcde3", "asdfghjkl", "zxcvbnm", "aaaaaaaaaaaa");

    private PasswordPolicy() {
    }

    public static List<String> problems(String username, String displayName, String password, List<String> recentHashes,
                                        PasswordEncoder encoder) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("パスワードは " + MIN_LENGTH + " 文字以上にしてください。 / At least " + MIN_LENGTH + " characters.");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("パスワードは " + MAX_LENGTH + " 文字以下にしてください。 / At most " + MAX_LENGTH + " characters.");
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT))
                || (displayName != null && !displayName.isBlank() && lower.contains(displayName.toLowerCase(Locale.ROOT)))) {
            problems.add("ユーザー名や氏名を含まないパスワードにしてください。 / Do not use your name in it.");
        }
        String stripped = lower.replaceAll("[0-9!@#$%^&*._-]+$", "");
        if (COMMON.contains(lower) || COMMON.contains(stripped) || password.chars().distinct().count() < 4) {
            problems.add("よく使われるパスワードや単純な並びは使えません。 / Too common or too simple.");
        }
        if (recentHashes.stream().limit(HISTORY).anyMatch(hash -> encoder.matches(password, hash))) {
            problems.add("最近使ったパスワードは使えません。 / Not one of your last " + HISTORY + " passwords.");
        }
        return problems;
    }
}

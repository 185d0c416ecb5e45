package jp.kakanai.forms.resident;

import java.util.Objects;
import java.util.Optional;

/**
 * The format of a 個人番号 (My Number, individual number): 12 ASCII digits, the last a check digit
 * (番号法施行令 第8条: weights 6..2,7..2 over the first 11 digits, mod 11). Shared by the kiosk's card
 * reader and the server's check-in validation. No message ever repeats the number: it is 特定個人情報.
 */
public final class MyNumberDigits {
    public static final int LENGTH = 12;
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private MyNumberDigits() {
    }

    /** What is wrong with the candidate, as a sentence without its digits; empty when it is a valid number. */
    public static Optional<String> problemWith(CharSequence candidate) {
        Objects.requireNonNull(candidate);
        if (candidate.length() != LENGTH) {
            return Optional.of("An individual number has 12 digits, this one has " + candidate.length() + " characters.");
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("An individual number has only digits (0-9).");
            }
        }
        if (checkDigit(candidate) != candidate.charAt(LENGTH - 1) - '0') {
            return Optional.of("The individual number's check digit is wrong.");
        }
        return Optional.empty();
    }

    public static boolean isValid(CharSequence candidate) {
        return problemWith(candidate).isEmpty();
    }

    /** The check digit over the first 11 digits: a remainder of 0 or 1 gives 0, else 11 minus the remainder. */
    public static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /** For a screen: all but the last 4 digits hidden, {@code ********9018}. */
    public static String masked(CharSequence digits) {
        return "********" + digits.subSequence(LENGTH - 4, LENGTH);
    }
}

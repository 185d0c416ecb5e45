package jp.kakanai.kiosk.card;

import java.util.Objects;

/**
 * 個人番号 (My Number, individual number): 12 digits whose last is a check digit (spec §1). It is
 * 特定個人情報: {@link #toString()} is masked so that it cannot reach a log by accident; only
 * {@link #digits()} gives the number, for the form that needs it.
 */
public final class MyNumber {
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private final String digits;

    private MyNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses 12 ASCII digits and checks the check digit. The exception never repeats the number.
     *
     * @throws IllegalArgumentException when it is not 12 digits or the check digit is wrong
     */
    public static MyNumber of(CharSequence twelveDigits) {
        Objects.requireNonNull(twelveDigits);
        if (twelveDigits.length() != 12) {
            throw new IllegalArgumentException("an individual number has 12 digits, this one has "
                    + twelveDigits.length() + " characters");
        }
        for (int i = 0; i < 12; i++) {
            char c = twelveDigits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("an individual number has only digits");
            }
        }
        if (checkDigit(twelveDigits) != twelveDigits.charAt(11) - '0') {
            throw new IllegalArgumentException("the individual number's check digit is wrong");
        }
        return new MyNumber(twelveDigits.toString());
    }

    /** Check digit over the first 11 digits: mod 11 with weights 6..2,7..2; remainder ≤ 1 gives 0. */
    static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /** The 12 digits, for a form that needs them. Never log or display them. */
    public String digits() {
        return digits;
    }

    /** For a screen: all but the last 4 digits hidden, "********9018". */
    public String masked() {
        return "********" + digits.substring(8);
    }

    /** Fully masked, so that a log line or an exception never carries the number. */
    @Override
    public String toString() {
        return "MyNumber[************]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MyNumber m && m.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}

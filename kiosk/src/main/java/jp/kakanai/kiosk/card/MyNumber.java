package jp.kakanai.kiosk.card;

import jp.kakanai.forms.resident.MyNumberDigits;

/**
 * 個人番号 (My Number, individual number): 12 digits whose last is a check digit (spec §1). It is
 * 特定個人情報: {@link #toString()} is masked so that it cannot reach a log by accident; only
 * {@link #digits()} gives the number, for the form that needs it.
 */
public final class MyNumber {
    private final String digits;

    private MyNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses 12 ASCII digits and checks the check digit ({@link MyNumberDigits}). The exception never
     * repeats the number.
     *
     * @throws IllegalArgumentException when it is not 12 digits or the check digit is wrong
     */
    public static MyNumber of(CharSequence twelveDigits) {
        MyNumberDigits.problemWith(twelveDigits).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new MyNumber(twelveDigits.toString());
    }

    /** The 12 digits, for a form that needs them. Never log or display them. */
    public String digits() {
        return digits;
    }

    /** For a screen: all but the last 4 digits hidden, "********9018". */
    public String masked() {
        return MyNumberDigits.masked(digits);
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

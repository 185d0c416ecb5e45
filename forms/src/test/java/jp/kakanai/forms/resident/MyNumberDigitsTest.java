package jp.kakanai.forms.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MyNumberDigitsTest {

    @Test
    void numberWithTheRightCheckDigitIsValid() {
        // 1..9,0,1 weighted 6,5,4,3,2,7,6,5,4,3,2 = 212; 212 mod 11 = 3; 11 - 3 = 8
        assertThat(MyNumberDigits.problemWith("123456789018")).isEmpty();
        assertThat(MyNumberDigits.checkDigit("12345678901")).isEqualTo(8);
    }

    @Test
    void remainderZeroOrOneGivesCheckDigitZero() {
        assertThat(MyNumberDigits.checkDigit("00000000000")).isZero();
        // 2 × 6 = 12, remainder 1
        assertThat(MyNumberDigits.checkDigit("20000000000")).isZero();
        assertThat(MyNumberDigits.isValid("200000000000")).isTrue();
    }

    @Test
    void wrongCheckDigitIsRefusedWithoutRepeatingTheNumber() {
        assertThat(MyNumberDigits.problemWith("123456789012")).hasValueSatisfying(problem ->
                assertThat(problem).contains("check digit").doesNotContain("123456789012").doesNotContain("1234"));
    }

    @Test
    void wrongLengthAndNonDigitsAreRefused() {
        assertThat(MyNumberDigits.problemWith("12345678901")).hasValueSatisfying(p -> assertThat(p).contains("12 digits"));
        assertThat(MyNumberDigits.problemWith("1234567890123")).isPresent();
        assertThat(MyNumberDigits.problemWith("12345678901a")).hasValueSatisfying(p -> assertThat(p).contains("only digits"));
        assertThat(MyNumberDigits.problemWith("１２３４５６７８９０１８")).as("full-width digits").isPresent();
        assertThat(MyNumberDigits.problemWith("")).isPresent();
    }

    @Test
    void maskedShowsOnlyTheLastFourDigits() {
        assertThat(MyNumberDigits.masked("123456789018")).isEqualTo("********9018");
    }
}

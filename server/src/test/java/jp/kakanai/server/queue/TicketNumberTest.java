package jp.kakanai.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketNumberTest {
    @Test
    void printsPrefixAndThreeDigits() {
        assertThat(new TicketNumber("A", 7)).hasToString("A-007");
        assertThat(new TicketNumber("KO", 1234)).hasToString("KO-1234");
    }

    @Test
    void parsesWhatItPrints() {
        assertThat(TicketNumber.parse("B-042")).isEqualTo(new TicketNumber("B", 42));
    }

    @Test
    void refusesLowerCasePrefix() {
        assertThatThrownBy(() -> new TicketNumber("a", 1)).hasMessageContaining("'a'");
    }
}

package jp.kakanai.forms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    private static final ObjectMapper MAPPER = StrictJson.builder().addModule(new JavaTimeModule()).build();

    record Person(String name, LocalDate birthDate, int children, List<String> tags, Map<String, String> answers) {
    }

    @Test
    void aWellFormedBodyReadsAsBefore() throws Exception {
        Person person = MAPPER.readValue("{\"name\": \"山田 花子\", \"birthDate\": \"1989-01-08\", \"children\": 2,"
                + " \"tags\": [\"a\"], \"answers\": {\"dog\": \"yes\"}}", Person.class);
        assertThat(person).isEqualTo(new Person("山田 花子", LocalDate.of(1989, 1, 8), 2, List.of("a"), Map.of("dog", "yes")));
    }

    @Test
    void aKeyTwiceIsRefusedInsteadOfTheLastOneWinning() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\": \"a\", \"name\": \"b\"}", Person.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field 'name'");
        assertThatThrownBy(() -> MAPPER.readTree("{\"answers\": {\"dog\": \"yes\", \"dog\": \"no\"}}"))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedBeforeAnythingIsBuilt() throws Exception {
        String deep = "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1);
        assertThatThrownBy(() -> MAPPER.readTree("{\"unknown\": " + deep + "}"))
                .isInstanceOf(StreamConstraintsException.class);
        assertThat(MAPPER.readTree("[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH))).isNotNull();
    }

    @Test
    void numbersAndBooleansAreNoTextAndIntegersNoDates() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\": 123}", Person.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\": true}", Person.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"birthDate\": 123}", Person.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"children\": \"2\"}", Person.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"children\": 1.5}", Person.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"tags\": [1]}", Person.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void stringsAndKeysWithLoneSurrogatesOrBidiControlsAreRefusedNamingTheRuleNotTheText() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\": \"秘密\\ud800\"}", Person.class))
                .isInstanceOf(StrictJson.RejectedText.class).hasMessageNotContaining("秘密");
        assertThatThrownBy(() -> MAPPER.readValue("{\"tags\": [\"秘密\u202e\"]}", Person.class))
                .isInstanceOf(StrictJson.RejectedText.class).hasMessageContaining("U+202E");
        assertThatThrownBy(() -> MAPPER.readValue("{\"answers\": {\"秘\u2066密\": \"yes\"}}", Person.class))
                .isInstanceOf(StrictJson.RejectedText.class);
    }
}

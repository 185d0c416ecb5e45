package jp.kakanai.forms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jp.kakanai.forms.resident.Sex;
import org.junit.jupiter.api.Test;

class SexJsonTest {
    private final ObjectMapper mapper = StrictJson.builder().addModule(SexJson.module()).build();

    @Test
    void everyIso5218CodeReadsAsItsSexNotAsAnOrdinal() throws Exception {
        assertThat(mapper.readValue("\"0\"", Sex.class)).isEqualTo(Sex.NOT_KNOWN);
        assertThat(mapper.readValue("\"1\"", Sex.class)).isEqualTo(Sex.MALE);
        assertThat(mapper.readValue("\"2\"", Sex.class)).isEqualTo(Sex.FEMALE);
        assertThat(mapper.readValue("\"9\"", Sex.class)).isEqualTo(Sex.NOT_APPLICABLE);
    }

    @Test
    void sexIsWrittenAsItsCode() throws Exception {
        assertThat(mapper.writeValueAsString(Sex.FEMALE)).isEqualTo("\"2\"");
    }

    @Test
    void aNumberOrAnUnknownCodeIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("1", Sex.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("\"3\"", Sex.class)).isInstanceOf(MismatchedInputException.class);
    }
}

package jp.kakanai.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordPolicyTest {
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    private List<String> problems(String password, List<String> history) {
        return PasswordPolicy.problems("sato", "佐藤 花子", password, history, encoder);
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(problems("kaki-no-tane-to-ocha", List.of())).isEmpty();
    }

    @Test
    void shortNamedCommonSimpleAndRecentPasswordsAreRefusedWithAReason() {
        assertThat(problems("short1", List.of())).singleElement().asString().contains("12");
        assertThat(problems("sato-sato-sato-1", List.of())).anySatisfy(p -> assertThat(p).contains("氏名"));
        assertThat(problems("password123!", List.of())).anySatisfy(p -> assertThat(p).contains("よく使われる"));
        assertThat(problems("abababababababab", List.of())).anySatisfy(p -> assertThat(p).contains("単純"));
        assertThat(problems("kaki-no-tane-to-ocha", List.of(encoder.encode("kaki-no-tane-to-ocha"))))
                .anySatisfy(p -> assertThat(p).contains("最近"));
        assertThat(problems("x".repeat(129), List.of())).singleElement().asString().contains("128");
    }
}

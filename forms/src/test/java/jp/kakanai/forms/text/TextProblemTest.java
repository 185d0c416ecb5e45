package jp.kakanai.forms.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextProblemTest {

    @Test
    void namesOfRealCharactersPassWhateverPlaneTheyAreOn() {
        assertThat(TextProblem.ofName("𠮷野 太郎", 200)).isEmpty();
        assertThat(TextProblem.ofName("髙﨑 葛\uDB40\uDD00子", 200)).as("an ideographic variation sequence").isEmpty();
        assertThat(TextProblem.ofName("Nguyễn Văn An", 200)).isEmpty();
    }

    @Test
    void limitsCountCodePointsNotUtf16Units() {
        assertThat(TextProblem.ofName("𠮷".repeat(200), 200)).isEmpty();
        assertThat(TextProblem.ofName("𠮷".repeat(201), 200)).hasValue("At most 200 characters.");
    }

    @Test
    void aLoneSurrogateIsRefusedButAPairIsNot() {
        assertThat(TextProblem.of("山\uD842", false)).hasValueSatisfying(p -> assertThat(p).contains("surrogate"));
        assertThat(TextProblem.of("\uDFB7山", false)).isPresent();
        assertThat(TextProblem.of("\uD842\uDFB7", false)).isEmpty();
        assertThat(TextProblem.of("\uD834\uDD1E", false)).as("a character whose low half looks like a surrogate when cut").isEmpty();
    }

    @Test
    void bidirectionalControlsAreRefusedNamingTheCodePoint() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200F}) {
            assertThat(TextProblem.of("東京都" + Character.toString(c) + "1-2", true))
                    .hasValueSatisfying(p -> assertThat(p).contains(String.format("U+%04X", c)).doesNotContain("東京都"));
        }
    }

    @Test
    void controlCharactersAreRefusedExceptLineBreaksWhereLinesAreAllowed() {
        assertThat(TextProblem.of("a\u0000b", true)).isPresent();
        assertThat(TextProblem.of("a\u0085b", true)).as("C1 next line").isPresent();
        assertThat(TextProblem.of("一行目\n二行目\t", true)).isEmpty();
        assertThat(TextProblem.ofName("山田\n太郎", 200)).isPresent();
    }

    @Test
    void namesWithNothingVisibleAreRefused() {
        assertThat(TextProblem.ofName("", 200)).hasValue("This field must not be empty.");
        for (String invisible : new String[] {" ", "\u3000", "\u200B\u200B", "\u3164", "\uFEFF", "\uFE0F", "\u3000\u200D\u3000"}) {
            assertThat(TextProblem.ofName(invisible, 200)).as("U+%04X…", (int) invisible.charAt(0))
                    .hasValue("This field has no visible character (only spaces or invisible characters).");
        }
    }
}

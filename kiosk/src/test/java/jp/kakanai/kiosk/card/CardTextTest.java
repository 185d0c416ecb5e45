package jp.kakanai.kiosk.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardTextTest {
    private final List<TextFlag> flags = new ArrayList<>();

    private String utf8(byte[] b) {
        return CardText.utf8(b, "name", flags);
    }

    @Test
    void keepsVariantAndCompatibilityIdeographsAsTheyAre() {
        for (String name : new String[] {"髙橋 一郎", "山﨑 花子", "𠮷田 太郎", "渡邉 次郎"}) {
            assertThat(utf8(name.getBytes(StandardCharsets.UTF_8))).isEqualTo(name);
        }
        assertThat(utf8("山﨑".getBytes(StandardCharsets.UTF_8)).codePointAt(1)).isEqualTo(0xFA11);
        assertThat(utf8("𠮷田".getBytes(StandardCharsets.UTF_8)).codePointAt(0)).isEqualTo(0x20BB7);
        assertThat(flags).isEmpty();
    }

    @Test
    void malformedBytesBecomeAFlaggedPlaceholder() {
        byte[] yama = "山".getBytes(StandardCharsets.UTF_8);
        byte[] da = "田".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[yama.length + 1 + da.length];
        System.arraycopy(yama, 0, b, 0, 3);
        b[3] = (byte) 0xFF;
        System.arraycopy(da, 0, b, 4, 3);

        assertThat(utf8(b)).isEqualTo("山〓田");
        assertThat(flags).containsExactly(new TextFlag("name", "malformed UTF-8 at byte 3"));
    }

    @Test
    void aTruncatedSequenceAndAnEncodedSurrogateAreFlagged() {
        byte[] truncated = {(byte) 0xE5, (byte) 0xB1};
        assertThat(utf8(truncated)).isEqualTo("〓");
        byte[] cesuSurrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThat(utf8(cesuSurrogate)).contains("〓").doesNotContain("\uD800");
        assertThat(flags).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void privateUseCodePointsAreFlaggedAsGaiji() {
        assertThat(utf8("田\uE001中".getBytes(StandardCharsets.UTF_8))).isEqualTo("田〓中");
        assertThat(flags).containsExactly(new TextFlag("name", "private-use character U+E001 (外字)"));
    }

    @Test
    void controlCharactersAreFlagged() {
        assertThat(utf8("山田\u0000".getBytes(StandardCharsets.UTF_8))).isEqualTo("山田〓");
        assertThat(flags).hasSize(1);
    }

    @Test
    void rawValuesAreQuotedOrShownInHex() {
        assertThat(CardText.raw("1989-1-7".getBytes(StandardCharsets.US_ASCII))).isEqualTo("'1989-1-7'");
        assertThat(CardText.raw(new byte[] {(byte) 0xFF, 0x31})).isEqualTo("bytes FF 31");
    }
}

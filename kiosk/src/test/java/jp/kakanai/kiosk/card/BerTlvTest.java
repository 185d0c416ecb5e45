package jp.kakanai.kiosk.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BerTlvTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void readsTwoByteTagsAndShortLengths() throws Exception {
        BerTlv t = BerTlv.read(hex("DF 22 02 41 42"), 0, 5);
        assertThat(t.tag()).isEqualTo(0xDF22);
        assertThat(t.value()).isEqualTo(new byte[] {0x41, 0x42});
    }

    @Test
    void readsTheLongForms81And82() throws Exception {
        byte[] with81 = new byte[4 + 200];
        System.arraycopy(hex("DF 23 81 C8"), 0, with81, 0, 4);
        assertThat(BerTlv.read(with81, 0, with81.length).length()).isEqualTo(200);

        byte[] with82 = new byte[5 + 0x0123];
        System.arraycopy(hex("FF 20 82 01 23"), 0, with82, 0, 5);
        BerTlv t = BerTlv.read(with82, 0, with82.length);
        assertThat(t.tag()).isEqualTo(0xFF20);
        assertThat(t.length()).isEqualTo(0x0123);
        assertThat(t.valueOffset()).isEqualTo(5);
    }

    @Test
    void aLengthBeyondTheBytesThereIsRejected() {
        assertThatThrownBy(() -> BerTlv.read(hex("DF 22 05 41 42"), 0, 5))
                .isInstanceOf(CardProblem.class).hasMessageContaining("claims 5 bytes but only 2 follow");
    }

    @Test
    void unsupportedLengthFormsAndTruncatedHeadersAreRejected() {
        assertThatThrownBy(() -> BerTlv.read(hex("DF 22 83 00 00 01 41"), 0, 7))
                .isInstanceOf(CardProblem.class).hasMessageContaining("unsupported length form 83");
        assertThatThrownBy(() -> BerTlv.read(hex("DF 22 80"), 0, 3))
                .isInstanceOf(CardProblem.class).hasMessageContaining("unsupported length form 80");
        assertThatThrownBy(() -> BerTlv.read(hex("FF 20 82 01"), 0, 4))
                .isInstanceOf(CardProblem.class).hasMessageContaining("ends inside a TLV header");
        assertThatThrownBy(() -> BerTlv.read(hex("FF FF FF FF 01 00"), 0, 6))
                .isInstanceOf(CardProblem.class).hasMessageContaining("longer than 3 bytes");
    }

    @Test
    void childrenMustFitInsideTheirParent() {
        assertThatThrownBy(() -> BerTlv.read(hex("FF 20 04 DF 22 05 41"), 0, 7).children())
                .isInstanceOf(CardProblem.class);
    }
}

package jp.kakanai.kiosk.card.emulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EmulatedMyNumberCardTest {
    private final EmulatedMyNumberCard card = DemoCards.myNumberCard();

    private String send(String hex) {
        return HexFormat.of().withUpperCase().formatHex(card.process(HexFormat.of().parseHex(hex.replace(" ", ""))));
    }

    private String sw(String hex) {
        String r = send(hex);
        return r.substring(r.length() - 4);
    }

    @Test
    void selectsTheInputSupportApByItsAid() {
        assertThat(sw("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08")).isEqualTo("9000");
    }

    @Test
    void answersFileNotFoundForTheWrongAidsFoundInSomeRepositories() {
        assertThat(sw("00 A4 04 0C 08 D3 92 10 00 00 00 01 01")).isEqualTo("6A82");
    }

    @Test
    void selectingAnEfNeedsTheApSelectedFirst() {
        assertThat(sw("00 A4 02 0C 02 00 02")).isEqualTo("6A82");
        send("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
        assertThat(sw("00 A4 02 0C 02 00 02")).isEqualTo("9000");
        assertThat(sw("00 A4 02 0C 02 00 99")).isEqualTo("6A82");
    }

    @Test
    void verifyWithoutDataReportsTriesAndSpendsNone() {
        send("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
        send("00 A4 02 0C 02 00 11");
        assertThat(sw("00 20 00 80")).isEqualTo("63C3");
        assertThat(sw("00 20 00 80")).isEqualTo("63C3");
        assertThat(card.triesLeft()).isEqualTo(3);
        assertThat(card.pinAttempts()).isZero();
    }

    @Test
    void wrongPinSpendsATryAndThreeLockTheCard() {
        send("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
        send("00 A4 02 0C 02 00 11");
        assertThat(sw("00 20 00 80 04 39 39 39 39")).isEqualTo("63C2");
        assertThat(sw("00 20 00 80 04 39 39 39 39")).isEqualTo("63C1");
        assertThat(sw("00 20 00 80 04 39 39 39 39")).isEqualTo("63C0");
        assertThat(sw("00 20 00 80 04 31 32 33 34")).isEqualTo("6983");
        assertThat(sw("00 20 00 80")).isEqualTo("6983");
    }

    @Test
    void readBinaryNeedsThePinAndHonoursOffsets() {
        send("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
        send("00 A4 02 0C 02 00 02");
        assertThat(sw("00 B0 00 00 00")).isEqualTo("6982");
        send("00 A4 02 0C 02 00 11");
        assertThat(sw("00 20 00 80 04 31 32 33 34")).isEqualTo("9000");
        assertThat(card.triesLeft()).isEqualTo(3);
        send("00 A4 02 0C 02 00 02");
        byte[] whole = card.process(HexFormat.of().parseHex("00B0000000"));
        assertThat(HexFormat.of().withUpperCase().formatHex(whole, 0, 2)).isEqualTo("FF20");
        byte[] tail = card.process(HexFormat.of().parseHex("00B0000404"));
        assertThat(Arrays.copyOf(tail, 4)).isEqualTo(Arrays.copyOfRange(whole, 4, 8));
        assertThat(sw("00 B0 7F 00 04")).isEqualTo("6B00");
    }

    @Test
    void resetForgetsTheVerifiedPin() {
        send("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
        send("00 A4 02 0C 02 00 11");
        send("00 20 00 80 04 31 32 33 34");
        card.reset();
        send("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08");
        send("00 A4 02 0C 02 00 02");
        assertThat(sw("00 B0 00 00 00")).isEqualTo("6982");
    }

    @Test
    void rejectsUnknownInstructionsAndClasses() {
        assertThat(sw("00 CA 00 00 00")).isEqualTo("6D00");
        assertThat(sw("80 A4 04 0C 00")).isEqualTo("6E00");
        assertThat(sw("00")).isEqualTo("6700");
    }
}

package jp.kakanai.kiosk.card;

import static jp.kakanai.kiosk.card.TestReaders.pin;
import static jp.kakanai.kiosk.card.TestReaders.reader;
import static jp.kakanai.kiosk.card.TestReaders.withCard;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import org.junit.jupiter.api.Test;

/** EF 0002 as real cards may hold it: long addresses, odd characters, era boundaries, bad dates. */
class BasicFourFileTest {

    private static CardReadResult read(EmulatedMyNumberCard.Builder card) {
        return reader(withCard(card.build())).readBasicFour(pin("1234"));
    }

    private static CardReading reading(EmulatedMyNumberCard.Builder card) {
        CardReadResult r = read(card);
        assertThat(r).isInstanceOf(CardReadResult.Read.class);
        return ((CardReadResult.Read) r).reading();
    }

    @Test
    void namesWithVariantIdeographsAndSurrogatePairsArriveUnchanged() {
        for (String name : new String[] {"髙橋 一郎", "山﨑 花子", "𠮷野 三郎"}) {
            assertThat(reading(EmulatedMyNumberCard.builder().name(name)).basicFour().name()).isEqualTo(name);
        }
    }

    @Test
    void anAddressLongerThan127BytesUsesTheLongLengthForm() {
        String address = "北海道札幌市中央区北一条西二丁目1番地 札幌市役所本庁舎内 かかない窓口テスト用の長い住所 第三別館";
        assertThat(address.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(127);
        assertThat(reading(EmulatedMyNumberCard.builder().address(address)).basicFour().address()).isEqualTo(address);
    }

    @Test
    void aFileLongerThan256BytesIsReadInSeveralChunks() {
        String address = "東京都千代田区".repeat(20);
        EmulatedMyNumberCard card = EmulatedMyNumberCard.builder().address(address).build();
        CardReadResult r = reader(withCard(card)).readBasicFour(pin("1234"));
        assertThat(((CardReadResult.Read) r).reading().basicFour().address()).isEqualTo(address);
        assertThat(card.commandCount()).isEqualTo(7);
    }

    @Test
    void birthDatesOnEraBoundariesAreExact() {
        for (LocalDate d : new LocalDate[] {LocalDate.of(1989, 1, 7), LocalDate.of(1989, 1, 8),
                LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 1)}) {
            assertThat(reading(EmulatedMyNumberCard.builder().birthDate(d)).basicFour().birthDate()).isEqualTo(d);
        }
    }

    @Test
    void aBirthDateThatIsNotEightDigitsIsAnErrorNamingTheRawValue() {
        for (String raw : new String[] {"1989-1-7", "1989017", "198901070", "H010108"}) {
            CardReadResult r = read(EmulatedMyNumberCard.builder().birthDateRaw(raw));
            assertThat(r).isInstanceOf(CardError.CardFailure.class);
            assertThat(((CardError) r).message()).contains("not 8 digits").contains("'" + raw + "'");
        }
    }

    @Test
    void anImpossibleCalendarDateIsAnErrorNamingTheRawValue() {
        CardReadResult r = read(EmulatedMyNumberCard.builder().birthDateRaw("19890230"));
        assertThat(((CardError) r).message()).contains("not a calendar date").contains("'19890230'");
    }

    @Test
    void aSexCodeOutsideIso5218IsAnError() {
        CardReadResult r = read(EmulatedMyNumberCard.builder().sex("3"));
        assertThat(((CardError) r).message()).contains("ISO 5218").contains("'3'");
    }

    @Test
    void aPrivateUseCharacterInTheAddressReachesStaffAsAFlag() {
        CardReading reading = reading(EmulatedMyNumberCard.builder().address("東京都\uE0A1区1番"));
        assertThat(reading.basicFour().address()).isEqualTo("東京都〓区1番");
        assertThat(reading.needsStaffCheck()).isTrue();
        assertThat(reading.textFlags()).extracting(TextFlag::field).containsExactly("address");
    }

    @Test
    void missingOrDuplicatedFieldsAreNamed() {
        byte[] noSex = {(byte) 0xFF, 0x20, 0x06, (byte) 0xDF, 0x22, 0x01, 0x41, (byte) 0xDF, 0x23, 0x00};
        noSex[2] = 0x07;
        CardReadResult r = read(EmulatedMyNumberCard.builder().ef0002(noSex));
        assertThat(((CardError) r).message()).contains("lacks the birth date (DF24)");

        byte[] twice = {(byte) 0xFF, 0x20, 0x08, (byte) 0xDF, 0x22, 0x01, 0x41, (byte) 0xDF, 0x22, 0x01, 0x42};
        assertThat(((CardError) read(EmulatedMyNumberCard.builder().ef0002(twice))).message()).contains("DF22 twice");
    }

    @Test
    void aLengthFarBeyondThePlausibleFileSizeIsRefused() {
        byte[] huge = {(byte) 0xFF, 0x20, (byte) 0x82, (byte) 0xFF, (byte) 0xF0, (byte) 0xDF, 0x22, 0x01, 0x41};
        CardReadResult r = read(EmulatedMyNumberCard.builder().ef0002(huge));
        assertThat(((CardError) r).message()).contains("more than the plausible 4096");
    }

    @Test
    void aFileShorterThanItsLengthIsTruncatedNotPadded() {
        byte[] shortFile = {(byte) 0xFF, 0x20, 0x20, (byte) 0xDF, 0x22, 0x01, 0x41};
        CardReadResult r = read(EmulatedMyNumberCard.builder().ef0002(shortFile));
        assertThat(((CardError) r).message()).contains("EF 0002");
    }
}

package jp.kakanai.kiosk.card;

import static jp.kakanai.kiosk.card.TestReaders.pin;
import static jp.kakanai.kiosk.card.TestReaders.reader;
import static jp.kakanai.kiosk.card.TestReaders.withCard;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.kiosk.card.emulated.ApduCard;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedDriversLicence;
import jp.kakanai.kiosk.card.emulated.LicenceEncoding;
import org.junit.jupiter.api.Test;

class DriversLicenceTest {

    private static CardReadResult read(ApduCard card) {
        return reader(withCard(card)).readBasicFour(pin("1234"));
    }

    private static CardReading reading(ApduCard card) {
        CardReadResult r = read(card);
        assertThat(r).isInstanceOf(CardReadResult.Read.class);
        return ((CardReadResult.Read) r).reading();
    }

    @Test
    void readsTheLicenceEntriesWithPin1() {
        EmulatedDriversLicence card = DemoCards.driversLicence();

        CardReading r = reading(card);

        assertThat(r.cardType()).isEqualTo(CardType.DRIVERS_LICENCE);
        assertThat(r.basicFour().name()).isEqualTo("山田　花子");
        assertThat(r.basicFour().address()).isEqualTo("東京都千代田区霞が関一丁目２番３号");
        assertThat(r.basicFour().birthDate()).isEqualTo(LocalDate.of(1989, 1, 7));
        assertThat(r.basicFour().sex()).isEqualTo(Sex.NOT_KNOWN);
        assertThat(r.licence()).contains(new LicenceDetails("ヤマダ　ハナコ", LocalDate.of(2030, 2, 7)));
        assertThat(r.textFlags()).isEmpty();
        assertThat(card.triesLeft()).isEqualTo(3);
    }

    @Test
    void theCardTypeIsFoundBySelectingApplicationsNotByAtr() {
        EmulatedDriversLicence licence = DemoCards.driversLicence();
        CardReading r = reading(new TestReaders.Delegating(licence) {
            @Override
            public byte[] atr() {
                return DemoCards.myNumberCard().atr();
            }
        });
        assertThat(r.cardType()).isEqualTo(CardType.DRIVERS_LICENCE);
    }

    @Test
    void gaijiCodesBecomeFlaggedPlaceholders() {
        byte[] watanabe = LicenceEncoding.jisX0208("渡");
        byte[] taro = LicenceEncoding.jisX0208("太郎");
        byte[] name = new byte[watanabe.length + 4 + taro.length];
        System.arraycopy(watanabe, 0, name, 0, 2);
        name[2] = (byte) 0xFF;
        name[3] = (byte) 0xF1;
        name[4] = (byte) 0xFF;
        name[5] = (byte) 0xFA;
        System.arraycopy(taro, 0, name, 6, 4);

        CardReading r = reading(EmulatedDriversLicence.builder().nameJis(name).build());

        assertThat(r.basicFour().name()).isEqualTo("渡〓〓太郎");
        assertThat(r.textFlags()).extracting(TextFlag::reason)
                .containsExactly("外字 image 1 on the card (code FFF1)", "missing character on the card (欠字, code FFFA)");
    }

    @Test
    void codesOutsideJisX0208AreFlaggedNotDropped() {
        byte[] name = {0x3B, 0x33, 0x7F, 0x7F, 0x45};
        CardReading r = reading(EmulatedDriversLicence.builder().nameJis(name).build());
        assertThat(r.basicFour().name()).isEqualTo("山〓〓");
        assertThat(r.textFlags()).hasSize(2);
    }

    @Test
    void eraDatesAreExactOnTheBoundaries() {
        Map<String, LocalDate> dates = Map.of(
                "3640107", LocalDate.of(1989, 1, 7), "4010108", LocalDate.of(1989, 1, 8),
                "4310430", LocalDate.of(2019, 4, 30), "5010501", LocalDate.of(2019, 5, 1),
                "1450729", LocalDate.of(1912, 7, 29), "2010730", LocalDate.of(1912, 7, 30));
        dates.forEach((raw, date) -> assertThat(
                reading(EmulatedDriversLicence.builder().birthDateRaw(raw).build()).basicFour().birthDate())
                .as(raw).isEqualTo(date));
        assertThat(LicenceEncoding.warekiDigits(LocalDate.of(2019, 5, 1))).isEqualTo("5010501");
    }

    @Test
    void aDateOutsideItsEraOrOfTheWrongShapeIsAnErrorNamingIt() {
        for (String raw : new String[] {"3640108", "4000101", "9010101", "19890107", "S640107"}) {
            CardReadResult r = read(EmulatedDriversLicence.builder().birthDateRaw(raw).build());
            assertThat(r).as(raw).isInstanceOf(CardError.CardFailure.class);
            assertThat(((CardError) r).message()).contains("'" + raw + "'");
        }
    }

    @Test
    void theSamePinRulesHoldForTheLicence() {
        EmulatedDriversLicence card = DemoCards.driversLicence();
        IdCardReader reader = reader(withCard(card));

        assertThat(reader.pinTriesLeft()).isEqualTo(new PinTriesResult.TriesLeft(CardType.DRIVERS_LICENCE, 3));
        assertThat(reader.readBasicFour(pin("1111"))).isEqualTo(new CardError.WrongPin(CardType.DRIVERS_LICENCE, 2));
        assertThat(reader.readBasicFour(pin("1111"))).isEqualTo(new CardError.WrongPin(CardType.DRIVERS_LICENCE, 1));
        assertThat(reader.readBasicFour(pin("1234"))).isEqualTo(new CardError.OneTryLeft(CardType.DRIVERS_LICENCE));
        assertThat(card.pinAttempts()).isEqualTo(2);
        assertThat(card.triesLeft()).isEqualTo(1);
    }

    @Test
    void aBlockedLicenceSendsTheResidentToStaffAndNamesTheLicenceCentre() {
        CardReadResult r = read(EmulatedDriversLicence.builder().triesLeft(0).build());
        assertThat(r).isEqualTo(new CardError.PinLocked(CardType.DRIVERS_LICENCE));
        assertThat(((CardError) r).message()).contains("licence centre");
    }

    @Test
    void aLicenceWithoutASetPinIsReadWithTheUnsetPin() {
        EmulatedDriversLicence card = EmulatedDriversLicence.builder().pinNotSet().build();
        assertThat(reader(withCard(card)).readBasicFour(pin("0000"))).isInstanceOf(CardReadResult.Read.class);
        assertThat(card.triesLeft()).isEqualTo(3);
    }

    @Test
    void readCardPrintsTheLicenceWithItsCardType() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ReadCardCommand(withCard(DemoCards.driversLicence()).terminalFactory()).run(
                List.of("--pin", "1234"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(new ObjectMapper().readValue(out.toString(StandardCharsets.UTF_8), Map.class))
                .containsEntry("cardType", "drivers-licence")
                .containsEntry("name", "山田　花子")
                .containsEntry("address", "東京都千代田区霞が関一丁目２番３号")
                .containsEntry("birthDate", "1989-01-07")
                .containsEntry("sex", "0")
                .containsEntry("nameKana", "ヤマダ　ハナコ")
                .containsEntry("expiryDate", "2030-02-07");
    }
}

package jp.kakanai.kiosk.card;

import static jp.kakanai.kiosk.card.TestReaders.pin;
import static jp.kakanai.kiosk.card.TestReaders.reader;
import static jp.kakanai.kiosk.card.TestReaders.withCard;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import org.junit.jupiter.api.Test;

class IdCardReaderTest {

    @Test
    void readsTheBasicFourInfoWithTheRightPin() {
        EmulatedMyNumberCard card = DemoCards.myNumberCard();

        CardReadResult result = reader(withCard(card)).readBasicFour(pin("1234"));

        assertThat(result).isInstanceOf(CardReadResult.Read.class);
        CardReading reading = ((CardReadResult.Read) result).reading();
        assertThat(reading.cardType()).isEqualTo(CardType.MY_NUMBER_CARD);
        assertThat(reading.basicFour()).isEqualTo(DemoCards.RESIDENT);
        assertThat(reading.textFlags()).isEmpty();
        assertThat(reading.myNumber()).isEmpty();
        assertThat(card.triesLeft()).isEqualTo(3);
    }

    @Test
    void aBasicFourReadTakesSixCommands() {
        EmulatedMyNumberCard card = DemoCards.myNumberCard();
        reader(withCard(card)).readBasicFour(pin("1234"));
        assertThat(card.commandCount()).isEqualTo(6);
    }

    @Test
    void wrongPinReportsTriesLeft() {
        EmulatedMyNumberCard card = DemoCards.myNumberCard();

        CardReadResult result = reader(withCard(card)).readBasicFour(pin("9999"));

        assertThat(result).isEqualTo(new CardError.WrongPin(CardType.MY_NUMBER_CARD, 2));
        assertThat(card.triesLeft()).isEqualTo(2);
    }

    @Test
    void withOneTryLeftNoVerifyIsSentAndTheResidentIsSentToStaff() {
        EmulatedMyNumberCard card = EmulatedMyNumberCard.builder().triesLeft(1).build();

        CardReadResult result = reader(withCard(card)).readBasicFour(pin("1234"));

        assertThat(result).isEqualTo(new CardError.OneTryLeft(CardType.MY_NUMBER_CARD));
        assertThat(card.pinAttempts()).isZero();
        assertThat(card.triesLeft()).isEqualTo(1);
    }

    @Test
    void aSecondWrongPinLeavesOneTryAndTheThirdIsNeverSent() {
        EmulatedMyNumberCard card = DemoCards.myNumberCard();
        IdCardReader reader = reader(withCard(card));

        assertThat(reader.readBasicFour(pin("0000"))).isEqualTo(new CardError.WrongPin(CardType.MY_NUMBER_CARD, 2));
        assertThat(reader.readBasicFour(pin("0000"))).isEqualTo(new CardError.WrongPin(CardType.MY_NUMBER_CARD, 1));
        assertThat(reader.readBasicFour(pin("1234"))).isEqualTo(new CardError.OneTryLeft(CardType.MY_NUMBER_CARD));
        assertThat(card.pinAttempts()).isEqualTo(2);
    }

    @Test
    void lockedPinIsReportedForEachLockStatus() {
        for (int sw : new int[] {0x63C0, 0x6983, 0x6984}) {
            EmulatedMyNumberCard card = EmulatedMyNumberCard.builder().triesLeft(0).lockedStatus(sw).build();

            assertThat(reader(withCard(card)).readBasicFour(pin("1234")))
                    .as("status %04X", sw).isEqualTo(new CardError.PinLocked(CardType.MY_NUMBER_CARD));
            assertThat(card.pinAttempts()).isZero();
        }
    }

    @Test
    void triesLeftAreAskedWithoutSpendingOne() {
        EmulatedMyNumberCard card = EmulatedMyNumberCard.builder().triesLeft(2).build();
        IdCardReader reader = reader(withCard(card));

        assertThat(reader.pinTriesLeft()).isEqualTo(new PinTriesResult.TriesLeft(CardType.MY_NUMBER_CARD, 2));
        assertThat(reader.pinTriesLeft()).isEqualTo(new PinTriesResult.TriesLeft(CardType.MY_NUMBER_CARD, 2));
        assertThat(card.pinAttempts()).isZero();
        assertThat(((PinTriesResult.TriesLeft) reader.pinTriesLeft()).onlyOneLeft()).isFalse();
    }

    @Test
    void triesLeftOfALockedCardIsLocked() {
        EmulatedMyNumberCard card = EmulatedMyNumberCard.builder().triesLeft(0).build();
        assertThat(reader(withCard(card)).pinTriesLeft()).isEqualTo(new CardError.PinLocked(CardType.MY_NUMBER_CARD));
    }

    @Test
    void aPinThatIsNotFourDigitsIsNeverSent() {
        EmulatedMyNumberCard card = DemoCards.myNumberCard();
        IdCardReader reader = reader(withCard(card));

        for (String bad : new String[] {"123", "12345", "12a4", ""}) {
            assertThat(reader.readBasicFour(pin(bad))).isEqualTo(new CardError.InvalidPinFormat());
        }
        assertThat(reader.readBasicFour(null)).isEqualTo(new CardError.InvalidPinFormat());
        assertThat(card.commandCount()).isZero();
    }

    @Test
    void thePinArrayIsWipedWhateverTheOutcome() {
        char[] right = pin("1234");
        char[] wrong = pin("9999");
        char[] malformed = pin("12x");
        IdCardReader reader = reader(withCard(DemoCards.myNumberCard()));
        reader.readBasicFour(right);
        reader.readBasicFour(wrong);
        reader.readBasicFour(malformed);
        new IdCardReader(new EmulatedReaders().terminalFactory()).readBasicFour(right);
        assertThat((new String(right) + new String(wrong) + new String(malformed)).chars()).containsOnly(0);
    }

    @Test
    void noReaderIsReported() {
        CardReadResult result = reader(new EmulatedReaders()).readBasicFour(pin("1234"));
        assertThat(result).isInstanceOf(CardError.NoReader.class);
        assertThat(((CardError) result).message()).contains("no reader is connected");
    }

    @Test
    void anEmptyReaderIsNoCard() {
        EmulatedReaders readers = new EmulatedReaders();
        readers.addReader("Reader A");
        IdCardReader reader = reader(readers);

        assertThat(reader.isCardPresent()).isFalse();
        assertThat(reader.readBasicFour(pin("1234"))).isEqualTo(new CardError.NoCard("Reader A"));
    }

    @Test
    void theFirstReaderWithACardIsUsedUnlessOneIsNamed() {
        EmulatedReaders readers = new EmulatedReaders();
        readers.addReader("Empty");
        readers.addReader("Holding").insert(DemoCards.myNumberCard());

        assertThat(reader(readers).readBasicFour(pin("1234"))).isInstanceOf(CardReadResult.Read.class);
        IdCardReader named = new IdCardReader(readers.terminalFactory(), Optional.of("Empty"), Duration.ofSeconds(5));
        assertThat(named.readBasicFour(pin("1234"))).isEqualTo(new CardError.NoCard("Empty"));
        assertThat(named.isCardPresent()).isFalse();
    }

    @Test
    void aNamedReaderThatIsNotConnectedIsNoReaderNamingTheConnectedOnes() {
        IdCardReader named = new IdCardReader(withCard(DemoCards.myNumberCard()).terminalFactory(),
                Optional.of("Reader B"), Duration.ofSeconds(5));
        CardReadResult result = named.readBasicFour(pin("1234"));
        assertThat(result).isInstanceOf(CardError.NoReader.class);
        assertThat(((CardError) result).message()).contains("'Reader B'").contains("'Reader A'");
    }

    @Test
    void aCardPulledOutMidReadIsCardRemovedAndNothingIsKept() {
        for (int command = 1; command <= 6; command++) {
            EmulatedReaders readers = new EmulatedReaders();
            EmulatedReader slot = readers.addReader("Reader A");
            slot.insert(TestReaders.pulledAtCommand(DemoCards.myNumberCard(), command, slot));

            assertThat(reader(readers).readBasicFour(pin("1234"))).as("pulled at command %d", command)
                    .isEqualTo(new CardError.CardRemoved());
        }
    }

    @Test
    void aCardThatStopsAnsweringTimesOutInsteadOfHanging() {
        CountDownLatch release = new CountDownLatch(1);
        try {
            EmulatedReaders readers = withCard(TestReaders.silentFromCommand(DemoCards.myNumberCard(), 5, release));
            IdCardReader reader = new IdCardReader(readers.terminalFactory(), Optional.empty(), Duration.ofMillis(300));

            assertThat(reader.readBasicFour(pin("1234"))).isEqualTo(new CardError.NotResponding(300));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aCardWithoutTheApplicationIsUnknown() {
        EmulatedReaders readers = withCard(new TestReaders.Delegating(DemoCards.myNumberCard()) {
            @Override
            public byte[] process(byte[] command) {
                return new byte[] {0x6A, (byte) 0x82};
            }
        });
        assertThat(reader(readers).readBasicFour(pin("1234"))).isEqualTo(new CardError.UnknownCard());
    }

    @Test
    void readsTheMyNumberOnlyWhenAskedAndMasksIt() {
        EmulatedMyNumberCard card = DemoCards.myNumberCard();
        IdCardReader reader = reader(withCard(card));

        CardReading reading = ((CardReadResult.Read) reader.readBasicFourAndMyNumber(pin("1234"))).reading();

        assertThat(reading.myNumber()).map(MyNumber::digits).contains(DemoCards.MY_NUMBER);
        assertThat(reading.toString()).doesNotContain(DemoCards.MY_NUMBER).doesNotContain("9018");
        assertThat(card.commandCount()).isEqualTo(8);
    }

    @Test
    void aMyNumberWithAWrongCheckDigitIsRejectedWithoutRepeatingIt() {
        EmulatedMyNumberCard card = EmulatedMyNumberCard.builder().myNumber("123456789012").build();
        CardReadResult result = reader(withCard(card)).readBasicFourAndMyNumber(pin("1234"));
        assertThat(result).isInstanceOf(CardError.CardFailure.class);
        assertThat(((CardError) result).message()).contains("check digit").doesNotContain("123456789012");
    }

    @Test
    void sexCodesOneTwoAndNineAreRead() {
        for (Sex sex : new Sex[] {Sex.MALE, Sex.FEMALE, Sex.NOT_APPLICABLE}) {
            EmulatedMyNumberCard card = EmulatedMyNumberCard.builder().sex(sex.iso5218()).build();
            CardReading reading = ((CardReadResult.Read) reader(withCard(card)).readBasicFour(pin("1234"))).reading();
            assertThat(reading.basicFour().sex()).isEqualTo(sex);
        }
    }
}

package jp.kakanai.kiosk.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.CardException;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;

/**
 * The My Number Card's 券面事項入力補助AP (spec §1): SELECT the AP, PIN tries and VERIFY on EF 0011,
 * basic 4 info from EF 0002 (FF20 with DF21..DF25), My Number from EF 0001 (FF10, 12 digits).
 */
final class MyNumberCardApp {
    static final byte[] AID = {(byte) 0xD3, (byte) 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08};
    private static final int EF_MY_NUMBER = 0x0001;
    private static final int EF_BASIC_FOUR = 0x0002;
    private static final int EF_PIN = 0x0011;
    private static final int PIN_REFERENCE = 0x80;

    private MyNumberCardApp() {
    }

    /** True when the card has the AP (9000); then it is selected. */
    static boolean select(ApduChannel ch) throws CardException, CardProblem {
        return ch.selectApplication(AID.clone()).ok();
    }

    /** Tries left on the input-support PIN; spends none. The AP must be selected. */
    static int triesLeft(ApduChannel ch) throws CardException, CardProblem {
        ch.selectFile(EF_PIN);
        return PinVerification.triesLeft(ch, PIN_REFERENCE);
    }

    /** Verifies the PIN and reads EF 0002, and EF 0001 only when asked. The AP must be selected. */
    static CardReading read(ApduChannel ch, byte[] pinAscii, boolean withMyNumber) throws CardException, CardProblem {
        ch.selectFile(EF_PIN);
        PinVerification.verify(ch, CardType.MY_NUMBER_CARD, PIN_REFERENCE, pinAscii);
        ch.selectFile(EF_BASIC_FOUR);
        byte[] ef = ch.readTlvFile("EF 0002 (basic 4 info)");
        List<TextFlag> flags = new ArrayList<>();
        BasicFourInfo info;
        try {
            info = parseBasicFour(ef, flags);
        } finally {
            Arrays.fill(ef, (byte) 0);
        }
        Optional<MyNumber> myNumber = Optional.empty();
        if (withMyNumber) {
            ch.selectFile(EF_MY_NUMBER);
            myNumber = Optional.of(readMyNumber(ch));
        }
        return new CardReading(CardType.MY_NUMBER_CARD, info, flags, myNumber, Optional.empty());
    }

    /** EF 0002: FF20 { DF21 offsets, DF22 name, DF23 address, DF24 birth date, DF25 sex }. */
    static BasicFourInfo parseBasicFour(byte[] ef, List<TextFlag> flags) throws CardProblem {
        BerTlv outer = BerTlv.read(ef, 0, ef.length);
        if (outer.tag() != 0xFF20) {
            throw CardProblem.failure("EF 0002 starts with tag " + BerTlv.hexTag(outer.tag()) + ", not FF20");
        }
        Map<Integer, byte[]> fields = new HashMap<>();
        for (BerTlv t : outer.children()) {
            if (t.tag() >= 0xDF21 && t.tag() <= 0xDF25 && fields.put(t.tag(), t.value()) != null) {
                throw CardProblem.failure("EF 0002 holds tag " + BerTlv.hexTag(t.tag()) + " twice");
            }
        }
        String name = CardText.utf8(required(fields, 0xDF22, "name"), "name", flags);
        String address = CardText.utf8(required(fields, 0xDF23, "address"), "address", flags);
        if (name.isBlank()) {
            throw CardProblem.failure("the name on the card is empty");
        }
        LocalDate birthDate = CardDates.gregorian(required(fields, 0xDF24, "birth date"), "birth date");
        Sex sex = sex(required(fields, 0xDF25, "sex"));
        return new BasicFourInfo(name, address, birthDate, sex);
    }

    private static byte[] required(Map<Integer, byte[]> fields, int tag, String what) throws CardProblem {
        byte[] v = fields.get(tag);
        if (v == null) {
            throw CardProblem.failure("EF 0002 lacks the " + what + " (" + BerTlv.hexTag(tag) + ")");
        }
        return v;
    }

    /** DF25: one ISO 5218 digit. */
    static Sex sex(byte[] raw) throws CardProblem {
        if (raw.length == 1) {
            switch (raw[0]) {
                case '0', '1', '2', '9' -> {
                    return Sex.ofIso5218(String.valueOf((char) raw[0]));
                }
                default -> {
                }
            }
        }
        throw CardProblem.failure("the sex code on the card is not ISO 5218 (0, 1, 2, 9): " + CardText.raw(raw));
    }

    /** EF 0001: FF10 0C + 12 ASCII digits, check digit validated; the number never enters a message. */
    static MyNumber readMyNumber(ApduChannel ch) throws CardException, CardProblem {
        byte[] ef = ch.readTlvFile("EF 0001 (My Number)");
        char[] digits = new char[12];
        try {
            BerTlv t = BerTlv.read(ef, 0, ef.length);
            if (t.tag() != 0xFF10 || t.length() != 12) {
                throw CardProblem.failure("EF 0001 is not FF10 with 12 digits");
            }
            for (int i = 0; i < 12; i++) {
                digits[i] = (char) (ef[t.valueOffset() + i] & 0xFF);
            }
            return MyNumber.of(java.nio.CharBuffer.wrap(digits));
        } catch (IllegalArgumentException e) {
            throw CardProblem.failure("the My Number on the card is invalid: " + e.getMessage());
        } finally {
            Arrays.fill(ef, (byte) 0);
            Arrays.fill(digits, '\0');
        }
    }
}

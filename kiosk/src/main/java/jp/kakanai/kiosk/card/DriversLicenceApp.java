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
 * The IC driver's licence (運転免許証, spec §3, after TRETJapanNFCReader): PIN-set flag in MF/EF 000A,
 * PIN1 on MF/EF 0001, then DF1/EF 0001 — TLVs with 1-byte tags, JIS X 0208 text, era dates, FF at
 * the end. 3 wrong PINs block the licence until a licence centre unblocks it, so the same rules as
 * for the My Number Card apply: tries asked first, never a VERIFY with one try left.
 */
final class DriversLicenceApp {
    static final byte[] DF1_AID = {(byte) 0xA0, 0x00, 0x00, 0x02, 0x31, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final int EF_PIN_SETTING = 0x000A;
    private static final int EF_PIN1 = 0x0001;
    private static final int EF_MATTERS = 0x0001;
    private static final int PIN1_REFERENCE = 0x80;
    /** The PIN a licence without a set PIN takes (spec §3). */
    private static final byte[] UNSET_PIN = {0x2A, 0x2A, 0x2A, 0x2A};

    private static final int TAG_NAME = 0x12;
    private static final int TAG_KANA = 0x13;
    private static final int TAG_BIRTH = 0x16;
    private static final int TAG_ADDRESS = 0x17;
    private static final int TAG_EXPIRY = 0x1B;

    private DriversLicenceApp() {
    }

    /** True when the card has DF1 (9000); then DF1 is selected. */
    static boolean select(ApduChannel ch) throws CardException, CardProblem {
        return ch.selectApplication(DF1_AID.clone()).ok();
    }

    static int triesLeft(ApduChannel ch) throws CardException, CardProblem {
        selectMasterFile(ch);
        ch.selectFile(EF_PIN1);
        return PinVerification.triesLeft(ch, PIN1_REFERENCE);
    }

    /** Verifies PIN1 (or the unset PIN "****") and reads DF1/EF 0001. */
    static CardReading read(ApduChannel ch, byte[] pinAscii) throws CardException, CardProblem {
        selectMasterFile(ch);
        ch.selectFile(EF_PIN_SETTING);
        boolean pinSet = pinSet(ch.readBinary(0, 3, "EF 000A (PIN setting)"));
        ch.selectFile(EF_PIN1);
        PinVerification.verify(ch, CardType.DRIVERS_LICENCE, PIN1_REFERENCE, pinSet ? pinAscii : UNSET_PIN.clone());
        if (!select(ch)) {
            throw CardProblem.failure("the licence's DF1 could not be selected after the PIN check");
        }
        ch.selectFile(EF_MATTERS);
        byte[] ef = ch.readTlvSequence("DF1/EF 0001 (licence entries)");
        try {
            return parseMatters(ef);
        } finally {
            Arrays.fill(ef, (byte) 0);
        }
    }

    private static void selectMasterFile(ApduChannel ch) throws CardException, CardProblem {
        ApduChannel.Response r = ch.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00});
        if (!r.ok()) {
            throw CardProblem.failure(String.format("selecting the licence's MF failed with status %04X", r.sw()));
        }
    }

    /** EF 000A: tag, length 1, value 01 (PIN set) or 00 (not set). */
    private static boolean pinSet(byte[] b) throws CardProblem {
        if (b.length < 3 || b[1] != 0x01 || (b[2] != 0x00 && b[2] != 0x01)) {
            throw CardProblem.failure("EF 000A (PIN setting) is not a one-byte flag: " + CardText.raw(b));
        }
        return b[2] == 0x01;
    }

    static CardReading parseMatters(byte[] ef) throws CardProblem {
        Map<Integer, byte[]> fields = new HashMap<>();
        int at = 0;
        while (at < ef.length && (ef[at] & 0xFF) != 0xFF) {
            BerTlv t = BerTlv.read(ef, at, ef.length);
            if (fields.put(t.tag(), t.value()) != null) {
                throw CardProblem.failure("the licence holds tag " + BerTlv.hexTag(t.tag()) + " twice");
            }
            at = t.end();
        }
        List<TextFlag> flags = new ArrayList<>();
        String name = CardText.jisX0208(required(fields, TAG_NAME, "name"), "name", flags);
        String kana = CardText.jisX0208(required(fields, TAG_KANA, "name in kana"), "nameKana", flags);
        String address = CardText.jisX0208(required(fields, TAG_ADDRESS, "address"), "address", flags);
        if (name.isBlank()) {
            throw CardProblem.failure("the name on the licence is empty");
        }
        LocalDate birth = CardDates.wareki(required(fields, TAG_BIRTH, "birth date"), "birth date");
        LocalDate expiry = CardDates.wareki(required(fields, TAG_EXPIRY, "expiry date"), "expiry date");
        // A licence records no sex: ISO 5218 "0", not known.
        BasicFourInfo info = new BasicFourInfo(name, address, birth, Sex.NOT_KNOWN);
        return new CardReading(CardType.DRIVERS_LICENCE, info, flags, Optional.empty(),
                Optional.of(new LicenceDetails(kana, expiry)));
    }

    private static byte[] required(Map<Integer, byte[]> fields, int tag, String what) throws CardProblem {
        byte[] v = fields.get(tag);
        if (v == null) {
            throw CardProblem.failure("the licence lacks the " + what + " (tag " + BerTlv.hexTag(tag) + ")");
        }
        return v;
    }
}

package jp.kakanai.kiosk.card.emulated;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import jp.kakanai.forms.resident.BasicFourInfo;

/**
 * A My Number Card's 券面事項入力補助AP (card info input support application) at APDU level, as
 * spec §1 describes it: SELECT the AP by AID, SELECT EF 0011/0001/0002, VERIFY with and without data,
 * READ BINARY with offsets, and the card's status words. Used by tests and by the demo kiosk, in-JVM
 * through {@link EmulatedReaders} or behind the real pcscd through {@link VpcdBridge}.
 */
public final class EmulatedMyNumberCard extends EmulatedIsoCard {
    /** 券面事項入力補助AP. */
    public static final byte[] AID = Iso7816.hex("D3 92 10 00 31 00 01 01 04 08");
    /** The ATR OpenSC records for the card; readers must not rely on it to tell card types apart. */
    static final byte[] ATR = Iso7816.hex("3B E0 00 FF 81 31 FE 45 14");
    static final int EF_PIN = 0x0011;
    static final int EF_MY_NUMBER = 0x0001;
    static final int EF_BASIC_FOUR = 0x0002;

    private final Map<Integer, byte[]> files;
    private boolean apSelected;
    private int currentEf = -1;

    private EmulatedMyNumberCard(Builder b) {
        super(new EmulatedPin(b.pin, 3, b.triesLeft, b.lockedStatus));
        files = new HashMap<>();
        files.put(EF_BASIC_FOUR, b.ef0002 != null ? b.ef0002.clone() : basicFourFile(b));
        files.put(EF_MY_NUMBER, b.ef0001 != null ? b.ef0001.clone()
                : Iso7816.tlv(0xFF10, b.myNumber.getBytes(StandardCharsets.US_ASCII)));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public byte[] atr() {
        return ATR.clone();
    }

    @Override
    void forgetSelection() {
        apSelected = false;
        currentEf = -1;
    }

    @Override
    boolean pinFileSelected() {
        return currentEf == EF_PIN;
    }

    @Override
    byte[] selectedFile() {
        return currentEf == EF_PIN ? null : files.get(currentEf);
    }

    @Override
    boolean needsPin(byte[] file) {
        return true;
    }

    @Override
    byte[] select(byte[] c) {
        byte[] data = Iso7816.commandData(c);
        if (data == null) {
            return Iso7816.status(Iso7816.SW_WRONG_LENGTH);
        }
        if (c[2] == 0x04) {
            if (!Arrays.equals(data, AID)) {
                return Iso7816.status(Iso7816.SW_FILE_NOT_FOUND);
            }
            reset();
            apSelected = true;
            return Iso7816.status(Iso7816.SW_OK);
        }
        if (c[2] == 0x02 && data.length == 2) {
            int fid = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
            if (!apSelected || (fid != EF_PIN && !files.containsKey(fid))) {
                return Iso7816.status(Iso7816.SW_FILE_NOT_FOUND);
            }
            currentEf = fid;
            return Iso7816.status(Iso7816.SW_OK);
        }
        return Iso7816.status(Iso7816.SW_WRONG_P1P2);
    }

    /** EF 0002: FF20 { DF21 offsets, DF22 name, DF23 address, DF24 birth date, DF25 sex } (spec §1). */
    private static byte[] basicFourFile(Builder b) {
        byte[][] fields = {
            Iso7816.tlv(0xDF22, b.name.getBytes(StandardCharsets.UTF_8)),
            Iso7816.tlv(0xDF23, b.address.getBytes(StandardCharsets.UTF_8)),
            Iso7816.tlv(0xDF24, b.birthDate.getBytes(StandardCharsets.US_ASCII)),
            Iso7816.tlv(0xDF25, b.sex.getBytes(StandardCharsets.US_ASCII)),
        };
        int contentLength = 11;
        for (byte[] f : fields) {
            contentLength += f.length;
        }
        int outerHeader = 2 + (contentLength < 0x80 ? 1 : contentLength <= 0xFF ? 2 : 3);
        ByteBuffer offsets = ByteBuffer.allocate(8);
        int at = outerHeader + 11;
        for (byte[] f : fields) {
            offsets.putShort((short) at);
            at += f.length;
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(Iso7816.tlv(0xDF21, offsets.array()));
        for (byte[] f : fields) {
            content.writeBytes(f);
        }
        return Iso7816.tlv(0xFF20, content.toByteArray());
    }

    /** Card contents and PIN state; defaults are the demo resident with PIN 1234 and 3 tries. */
    public static final class Builder {
        private String name = DemoCards.RESIDENT.name();
        private String address = DemoCards.RESIDENT.address();
        private String birthDate = DemoCards.RESIDENT.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        private String sex = DemoCards.RESIDENT.sex().iso5218();
        private String myNumber = DemoCards.MY_NUMBER;
        private String pin = DemoCards.PIN;
        private int triesLeft = 3;
        private int lockedStatus = Iso7816.SW_AUTH_METHOD_BLOCKED;
        private byte[] ef0001;
        private byte[] ef0002;

        private Builder() {
        }

        public Builder resident(BasicFourInfo r) {
            return name(r.name()).address(r.address()).birthDate(r.birthDate()).sex(r.sex().iso5218());
        }

        public Builder name(String v) {
            name = Objects.requireNonNull(v);
            return this;
        }

        public Builder address(String v) {
            address = Objects.requireNonNull(v);
            return this;
        }

        public Builder birthDate(LocalDate v) {
            return birthDateRaw(v.format(DateTimeFormatter.BASIC_ISO_DATE));
        }

        /** DF24 exactly as given, to test birth dates that are not 8 digits. */
        public Builder birthDateRaw(String v) {
            birthDate = Objects.requireNonNull(v);
            return this;
        }

        /** DF25: the ISO 5218 code as the card stores it ("1", "2", "9", or anything for tests). */
        public Builder sex(String v) {
            sex = Objects.requireNonNull(v);
            return this;
        }

        public Builder myNumber(String twelveDigits) {
            myNumber = Objects.requireNonNull(twelveDigits);
            return this;
        }

        public Builder pin(String fourDigits) {
            pin = Objects.requireNonNull(fourDigits);
            return this;
        }

        /** 0 to 3; 0 is a locked PIN. */
        public Builder triesLeft(int v) {
            triesLeft = v;
            return this;
        }

        /** The status word a locked PIN answers VERIFY with: 6983 (default), 6984 or 63C0. */
        public Builder lockedStatus(int sw) {
            lockedStatus = sw;
            return this;
        }

        /** EF 0001 bytes as they are, replacing the encoded My Number (hostile-card tests). */
        public Builder ef0001(byte[] raw) {
            ef0001 = raw.clone();
            return this;
        }

        /** EF 0002 bytes as they are, replacing the encoded basic 4 info (hostile-card tests). */
        public Builder ef0002(byte[] raw) {
            ef0002 = raw.clone();
            return this;
        }

        public EmulatedMyNumberCard build() {
            return new EmulatedMyNumberCard(this);
        }
    }
}

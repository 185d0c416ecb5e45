package jp.kakanai.kiosk.card.emulated;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * An IC driver's licence (運転免許証) at APDU level, as spec §3 describes it: MF with EF 000A (PIN
 * set flag), EF 0001 (PIN1) and EF 2F01 (common data); DF1 (selected by AID) with EF 0001, the
 * entries as 1-byte-tag TLVs in JIS X 0208 closed by FF. It answers no My Number application.
 */
public final class EmulatedDriversLicence extends EmulatedIsoCard {
    public static final byte[] DF1_AID = Iso7816.hex("A0 00 00 02 31 01 00 00 00 00 00 00 00 00 00 00");
    private static final byte[] ATR = Iso7816.t1Atr("KAKANAI-DL".getBytes(StandardCharsets.US_ASCII));
    /** The entries file is fixed-size on the card; the rest after the FF marker is padding. */
    private static final int MATTERS_FILE_SIZE = 880;
    private static final int MF = 0x3F00;
    private static final int DF1 = 0xDF01;

    private final byte[] matters;
    private final byte[] pinSetting;
    private final byte[] commonData;
    private int currentDf = -1;
    private int currentEf = -1;

    private EmulatedDriversLicence(Builder b) {
        super(new EmulatedPin(b.pinSet ? b.pin : "****", 3, b.triesLeft, b.lockedStatus));
        matters = b.matters != null ? b.matters.clone() : mattersFile(b);
        pinSetting = new byte[] {(byte) 0xC1, 0x01, (byte) (b.pinSet ? 0x01 : 0x00)};
        commonData = Iso7816.tlv(0x45, concat(new byte[] {0x00, 0x00, 0x08}, LicenceEncoding.bcd(b.issueDate),
                LicenceEncoding.bcd(b.expiry)));
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
        currentDf = -1;
        currentEf = -1;
    }

    @Override
    boolean pinFileSelected() {
        return currentDf == MF && currentEf == 0x0001;
    }

    @Override
    byte[] selectedFile() {
        return file(currentDf, currentEf);
    }

    @Override
    boolean needsPin(byte[] file) {
        return file == matters;
    }

    @Override
    byte[] select(byte[] c) {
        byte[] data = Iso7816.commandData(c);
        switch (c[2]) {
            case 0x00 -> {
                if (data != null && !Arrays.equals(data, new byte[] {0x3F, 0x00})) {
                    return Iso7816.status(Iso7816.SW_FILE_NOT_FOUND);
                }
                currentDf = MF;
                currentEf = -1;
                return Iso7816.status(Iso7816.SW_OK);
            }
            case 0x04 -> {
                if (data == null || !Arrays.equals(data, DF1_AID)) {
                    return Iso7816.status(Iso7816.SW_FILE_NOT_FOUND);
                }
                currentDf = DF1;
                currentEf = -1;
                return Iso7816.status(Iso7816.SW_OK);
            }
            case 0x02 -> {
                if (data == null || data.length != 2) {
                    return Iso7816.status(Iso7816.SW_WRONG_LENGTH);
                }
                int fid = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
                if (file(currentDf, fid) == null && !(currentDf == MF && fid == 0x0001)) {
                    return Iso7816.status(Iso7816.SW_FILE_NOT_FOUND);
                }
                currentEf = fid;
                return Iso7816.status(Iso7816.SW_OK);
            }
            default -> {
                return Iso7816.status(Iso7816.SW_WRONG_P1P2);
            }
        }
    }

    private byte[] file(int df, int fid) {
        if (df == MF && fid == 0x000A) {
            return pinSetting;
        }
        if (df == MF && fid == 0x2F01) {
            return commonData;
        }
        if (df == DF1 && fid == 0x0001) {
            return matters;
        }
        return null;
    }

    private static byte[] mattersFile(Builder b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Iso7816.tlv(0x11, new byte[] {0x00, 0x00, 0x08}));
        out.writeBytes(Iso7816.tlv(0x12, b.name));
        out.writeBytes(Iso7816.tlv(0x13, b.kana));
        out.writeBytes(Iso7816.tlv(0x16, b.birthDate.getBytes(StandardCharsets.US_ASCII)));
        out.writeBytes(Iso7816.tlv(0x17, b.address));
        out.writeBytes(Iso7816.tlv(0x1B, b.expiryRaw.getBytes(StandardCharsets.US_ASCII)));
        out.writeBytes(Iso7816.tlv(0x21, b.licenceNumber.getBytes(StandardCharsets.US_ASCII)));
        out.write(0xFF);
        byte[] content = out.toByteArray();
        byte[] file = new byte[Math.max(MATTERS_FILE_SIZE, content.length)];
        Arrays.fill(file, (byte) 0xFF);
        System.arraycopy(content, 0, file, 0, content.length);
        return file;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Licence contents and PIN1 state; defaults are the demo resident with PIN1 1234. */
    public static final class Builder {
        private byte[] name = LicenceEncoding.jisX0208(DemoCards.RESIDENT.name().replace(' ', '　'));
        private byte[] kana = LicenceEncoding.jisX0208("ヤマダ　ハナコ");
        private String birthDate = LicenceEncoding.warekiDigits(DemoCards.RESIDENT.birthDate());
        private byte[] address = LicenceEncoding.jisX0208("東京都千代田区霞が関一丁目２番３号");
        private String expiryRaw = LicenceEncoding.warekiDigits(LocalDate.of(2030, 2, 7));
        private LocalDate expiry = LocalDate.of(2030, 2, 7);
        private LocalDate issueDate = LocalDate.of(2025, 1, 20);
        private String licenceNumber = "301234567890";
        private String pin = DemoCards.PIN;
        private boolean pinSet = true;
        private int triesLeft = 3;
        private int lockedStatus = Iso7816.SW_AUTH_METHOD_BLOCKED;
        private byte[] matters;

        private Builder() {
        }

        public Builder name(String fullWidth) {
            return nameJis(LicenceEncoding.jisX0208(fullWidth));
        }

        /** The name's JIS X 0208 bytes as they are, e.g. with 外字 codes FFF1–FFF7 or FFFA. */
        public Builder nameJis(byte[] raw) {
            name = raw.clone();
            return this;
        }

        public Builder kana(String fullWidth) {
            kana = LicenceEncoding.jisX0208(fullWidth);
            return this;
        }

        public Builder address(String fullWidth) {
            address = LicenceEncoding.jisX0208(fullWidth);
            return this;
        }

        public Builder birthDate(LocalDate d) {
            return birthDateRaw(LicenceEncoding.warekiDigits(d));
        }

        /** Tag 16 exactly as given (era digit + YYMMDD), to test malformed dates. */
        public Builder birthDateRaw(String v) {
            birthDate = Objects.requireNonNull(v);
            return this;
        }

        public Builder expiry(LocalDate d) {
            expiry = d;
            expiryRaw = LicenceEncoding.warekiDigits(d);
            return this;
        }

        public Builder pin(String fourDigits) {
            pin = Objects.requireNonNull(fourDigits);
            return this;
        }

        /** A licence whose holder set no PIN takes "****" (spec §3). */
        public Builder pinNotSet() {
            pinSet = false;
            return this;
        }

        /** 0 to 3; 0 is a locked PIN. */
        public Builder triesLeft(int v) {
            triesLeft = v;
            return this;
        }

        public Builder lockedStatus(int sw) {
            lockedStatus = sw;
            return this;
        }

        /** DF1/EF 0001 bytes as they are (hostile-card tests). */
        public Builder matters(byte[] raw) {
            matters = raw.clone();
            return this;
        }

        public EmulatedDriversLicence build() {
            return new EmulatedDriversLicence(this);
        }
    }
}

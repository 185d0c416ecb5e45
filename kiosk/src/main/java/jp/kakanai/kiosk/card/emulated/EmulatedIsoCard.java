package jp.kakanai.kiosk.card.emulated;

import java.util.Arrays;

/**
 * What the emulated cards share: the command dispatch with its class and length checks, VERIFY on
 * the PIN file, READ BINARY with offsets and Le, and the counters tests use to prove that no PIN
 * try was spent. Subclasses say which files exist and what SELECT does.
 */
abstract class EmulatedIsoCard implements ApduCard {
    private final EmulatedPin pin;
    private int commands;

    EmulatedIsoCard(EmulatedPin pin) {
        this.pin = pin;
    }

    /** SELECT in all its forms this card knows. */
    abstract byte[] select(byte[] command);

    /** True when the PIN's file is selected, so VERIFY may be sent. */
    abstract boolean pinFileSelected();

    /** The selected file's bytes, or {@code null} when no readable file is selected. */
    abstract byte[] selectedFile();

    /** True when reading {@code file} needs the PIN verified first. */
    abstract boolean needsPin(byte[] file);

    /** Forgets the selected application and file (power cycle). */
    abstract void forgetSelection();

    @Override
    public final synchronized void reset() {
        forgetSelection();
        pin.forget();
    }

    /** PIN tries the card has left; tests use it to prove that no try was spent. */
    public final synchronized int triesLeft() {
        return pin.triesLeft();
    }

    /** VERIFY commands with a PIN the card has received (queries without data are not counted). */
    public final synchronized int pinAttempts() {
        return pin.attempts();
    }

    /** Command APDUs the card has answered since it was made. */
    public final synchronized int commandCount() {
        return commands;
    }

    @Override
    public final synchronized byte[] process(byte[] c) {
        commands++;
        if (c.length < 4) {
            return Iso7816.status(Iso7816.SW_WRONG_LENGTH);
        }
        if (c[0] != 0x00) {
            return Iso7816.status(Iso7816.SW_CLA_NOT_SUPPORTED);
        }
        return switch (c[1]) {
            case Iso7816.INS_SELECT -> select(c);
            case Iso7816.INS_VERIFY -> verify(c);
            case Iso7816.INS_READ_BINARY -> readBinary(c);
            default -> Iso7816.status(Iso7816.SW_INS_NOT_SUPPORTED);
        };
    }

    private byte[] verify(byte[] c) {
        if (c[2] != 0x00 || (c[3] & 0xFF) != 0x80) {
            return Iso7816.status(Iso7816.SW_WRONG_P1P2);
        }
        if (!pinFileSelected()) {
            return Iso7816.status(Iso7816.SW_NO_CURRENT_EF);
        }
        if (c.length == 4) {
            return Iso7816.status(pin.query());
        }
        byte[] data = Iso7816.commandData(c);
        if (data == null) {
            return Iso7816.status(Iso7816.SW_WRONG_LENGTH);
        }
        int sw = pin.verify(data);
        Arrays.fill(data, (byte) 0);
        return Iso7816.status(sw);
    }

    private byte[] readBinary(byte[] c) {
        byte[] file = selectedFile();
        if (file == null) {
            return Iso7816.status(Iso7816.SW_NO_CURRENT_EF);
        }
        if (needsPin(file) && !pin.verified()) {
            return Iso7816.status(Iso7816.SW_SECURITY_NOT_SATISFIED);
        }
        int le = Iso7816.expectedLength(c);
        if (le < 0) {
            return Iso7816.status(Iso7816.SW_WRONG_LENGTH);
        }
        int offset = ((c[2] & 0x7F) << 8) | (c[3] & 0xFF);
        if (offset > file.length) {
            return Iso7816.status(Iso7816.SW_OFFSET_OUTSIDE_EF);
        }
        int n = Math.min(le, file.length - offset);
        return Iso7816.withStatus(Arrays.copyOfRange(file, offset, offset + n), Iso7816.SW_OK);
    }
}

package jp.kakanai.kiosk.card;

import javax.smartcardio.CardException;

/**
 * The PIN rules both cards share (issue 4 §1): ask the tries left without spending one (VERIFY with
 * no data), never verify with one try left, and read 63C0, 6983 and 6984 as locked.
 */
final class PinVerification {
    private PinVerification() {
    }

    /** Tries left, from VERIFY with no data on the PIN's reference {@code p2}; 0 means locked. */
    static int triesLeft(ApduChannel ch, int p2) throws CardException, CardProblem {
        ApduChannel.Response r = ch.transmit(new byte[] {0x00, 0x20, 0x00, (byte) p2});
        if ((r.sw() & 0xFFF0) == 0x63C0) {
            return r.sw() & 0x0F;
        }
        if (r.sw() == 0x6983 || r.sw() == 0x6984) {
            return 0;
        }
        throw CardProblem.failure(String.format(
                "the card answered the question for PIN tries with status %04X", r.sw()));
    }

    /**
     * Checks the tries left, then verifies. With none left: {@link CardError.PinLocked}; with one
     * left: {@link CardError.OneTryLeft} and no VERIFY is sent at all.
     */
    static void verify(ApduChannel ch, CardType type, int p2, byte[] pinAscii) throws CardException, CardProblem {
        int tries = triesLeft(ch, p2);
        if (tries == 0) {
            throw new CardProblem(new CardError.PinLocked(type));
        }
        if (tries == 1) {
            throw new CardProblem(new CardError.OneTryLeft(type));
        }
        byte[] c = new byte[5 + pinAscii.length];
        c[1] = 0x20;
        c[3] = (byte) p2;
        c[4] = (byte) pinAscii.length;
        System.arraycopy(pinAscii, 0, c, 5, pinAscii.length);
        ApduChannel.Response r = ch.transmit(c);
        if (r.ok()) {
            return;
        }
        if ((r.sw() & 0xFFF0) == 0x63C0) {
            int left = r.sw() & 0x0F;
            throw new CardProblem(left == 0 ? new CardError.PinLocked(type) : new CardError.WrongPin(type, left));
        }
        if (r.sw() == 0x6983 || r.sw() == 0x6984) {
            throw new CardProblem(new CardError.PinLocked(type));
        }
        throw CardProblem.failure(String.format("the card answered the PIN check with status %04X", r.sw()));
    }
}

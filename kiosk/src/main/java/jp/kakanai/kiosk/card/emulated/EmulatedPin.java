package jp.kakanai.kiosk.card.emulated;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A card PIN with a try counter, answering VERIFY as the My Number Card and the licence do. */
final class EmulatedPin {
    private final byte[] value;
    private final int maxTries;
    private final int lockedStatus;
    private int triesLeft;
    private boolean verified;
    private int attempts;

    EmulatedPin(String digits, int maxTries, int triesLeft, int lockedStatus) {
        if (triesLeft < 0 || triesLeft > maxTries) {
            throw new IllegalArgumentException("tries left must be 0.." + maxTries + ", was " + triesLeft);
        }
        this.value = digits.getBytes(StandardCharsets.US_ASCII);
        this.maxTries = maxTries;
        this.triesLeft = triesLeft;
        this.lockedStatus = lockedStatus;
    }

    /** VERIFY without data: reports the tries left and spends none; a locked PIN answers its lock status. */
    int query() {
        if (verified) {
            return Iso7816.SW_OK;
        }
        return triesLeft == 0 ? lockedStatus : 0x63C0 | triesLeft;
    }

    /** VERIFY with data: the PIN check itself. */
    int verify(byte[] candidate) {
        if (triesLeft == 0) {
            return lockedStatus;
        }
        attempts++;
        if (MessageDigest.isEqual(value, candidate)) {
            triesLeft = maxTries;
            verified = true;
            return Iso7816.SW_OK;
        }
        triesLeft--;
        verified = false;
        return 0x63C0 | triesLeft;
    }

    boolean verified() {
        return verified;
    }

    void forget() {
        verified = false;
    }

    int triesLeft() {
        return triesLeft;
    }

    int attempts() {
        return attempts;
    }
}

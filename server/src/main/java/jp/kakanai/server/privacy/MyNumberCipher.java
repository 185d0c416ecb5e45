package jp.kakanai.server.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for My Numbers at rest: a fresh random 96-bit nonce per value (NIST SP 800-38D §8.2.2),
 * a 128-bit tag, and the visit id as associated data, so that a sealed value copied to another visit's
 * row does not decrypt. Sealed form: base64 of nonce ‖ ciphertext ‖ tag (40 bytes, 56 characters).
 */
public final class MyNumberCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final SecretKeySpec fingerprintKey;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    public MyNumberCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        // Separate keys derived for separate uses, so that neither output says anything about the other.
        this.fingerprintKey = new SecretKeySpec(hmac(this.key.getEncoded(), "kakanai fingerprint"), "HmacSHA256");
        this.keyId = HexFormat.of().formatHex(Arrays.copyOf(hmac(this.key.getEncoded(), "kakanai key id"), 8));
    }

    /**
     * A short name of the key (16 hex digits), stored beside each value so that a wrong key is told apart
     * from a damaged value. It is derived with HMAC and reveals nothing of the key.
     */
    public String keyId() {
        return keyId;
    }

    public String seal(String visitId, String digits) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(visitId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    /**
     * The digits of a sealed value of this visit.
     *
     * @throws MyNumberUnreadable when the value was sealed with another key, for another visit, or altered
     */
    public String open(String visitId, String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(visitId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (AEADBadTagException e) {
            throw new MyNumberUnreadable("The stored My Number of visit " + visitId + " does not decrypt with the"
                    + " configured key (key id " + keyId + "): it was stored under another key or altered.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    /**
     * A keyed hash of the digits, where a request has to be recognised without storing the number (the
     * idempotency fingerprint): a plain SHA-256 of 10^11 possible numbers is quickly reversed.
     */
    public String fingerprint(String digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "MyNumberCipher[key id " + keyId + "]";
    }
}

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
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of My Numbers at rest: each number is sealed (AES-256-GCM) with a data key of its
 * own, made for it and used for nothing else; the data key is wrapped (AES-256-GCM) with the master key
 * and kept apart from the database ({@link DataKeyFile}), so that destroying it erases the number from
 * every copy of the database at once. Fresh random 96-bit nonces (NIST SP 800-38D §8.2.2), 128-bit tags;
 * the visit id is the associated data of both, so neither a value nor a key copied to another visit opens.
 * Sealed value: base64 of nonce ‖ ciphertext ‖ tag (40 bytes, 56 characters).
 */
public final class MyNumberCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec masterKey;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    public MyNumberCipher(byte[] masterKey) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        this.masterKey = new SecretKeySpec(masterKey.clone(), "AES");
        this.keyId = HexFormat.of().formatHex(Arrays.copyOf(MasterKey.hmac(masterKey, "kakanai key id"), 8));
    }

    /**
     * A short name of the master key (16 hex digits), stored beside each value so that a wrong key is told
     * apart from a damaged value. It is derived with HMAC and reveals nothing of the key.
     */
    public String keyId() {
        return keyId;
    }

    /** A number sealed with its own data key, and that data key wrapped with the master key (60 bytes). */
    public record Sealed(String value, byte[] wrappedKey) {
    }

    public Sealed seal(String visitId, String digits) {
        byte[] dataKey = new byte[32];
        random.nextBytes(dataKey);
        try {
            byte[] value = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), fresh(), visitId,
                    digits.getBytes(StandardCharsets.US_ASCII));
            byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, masterKey, fresh(), wrapLabel(visitId), dataKey);
            return new Sealed(Base64.getEncoder().encodeToString(value), wrapped);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("encrypting has no tag to check", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * The digits of a sealed value of this visit, with its data key.
     *
     * @throws MyNumberUnreadable when the key was wrapped with another master key, the value or key belongs
     *                            to another visit, or either was altered
     */
    public String open(String visitId, String value, byte[] wrappedKey) {
        byte[] dataKey;
        try {
            dataKey = gcm(Cipher.DECRYPT_MODE, masterKey, null, wrapLabel(visitId), wrappedKey);
        } catch (AEADBadTagException e) {
            throw unreadable(visitId);
        }
        try {
            return new String(gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), null, visitId,
                    Base64.getDecoder().decode(value)), StandardCharsets.US_ASCII);
        } catch (AEADBadTagException e) {
            throw unreadable(visitId);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** A value of before data keys (V5): sealed directly with the master key. Read once, to seal it anew. */
    String openWithoutDataKey(String visitId, String value) {
        try {
            return new String(gcm(Cipher.DECRYPT_MODE, masterKey, null, visitId, Base64.getDecoder().decode(value)),
                    StandardCharsets.US_ASCII);
        } catch (AEADBadTagException e) {
            throw unreadable(visitId);
        }
    }

    private MyNumberUnreadable unreadable(String visitId) {
        return new MyNumberUnreadable("The stored My Number of visit " + visitId + " does not decrypt with the"
                + " configured key (key id " + keyId + "): it was stored under another key or altered.");
    }

    private static String wrapLabel(String visitId) {
        return "kakanai data key of visit " + visitId;
    }

    private byte[] fresh() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    /** AES-GCM; encrypting prepends the nonce, decrypting takes it from the front. */
    private static byte[] gcm(int mode, SecretKeySpec key, byte[] nonce, String associated, byte[] input)
            throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            if (mode == Cipher.ENCRYPT_MODE) {
                cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
                byte[] sealed = cipher.doFinal(input);
                return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            }
            if (input.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new AEADBadTagException("too short");
            }
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, input, 0, NONCE_BYTES));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, NONCE_BYTES, input.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    @Override
    public String toString() {
        return "MyNumberCipher[key id " + keyId + "]";
    }
}

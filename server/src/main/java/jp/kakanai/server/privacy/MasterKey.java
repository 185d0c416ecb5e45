package jp.kakanai.server.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one secret the server is configured with ({@code kakanai.privacy.my-number-key[-file]}, kept apart
 * from the data folder): every key the server uses is derived from it for one purpose (HMAC-SHA256 of the
 * purpose's label, as HKDF-Expand does), so that no output of one use says anything about another.
 */
public final class MasterKey {
    private final byte[] key;

    public MasterKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the master key must have 32 bytes");
        }
        this.key = key.clone();
    }

    /** 32 bytes for the use named by {@code label} (e.g. {@code "kakanai access log chain"}). */
    public byte[] derive(String label) {
        return hmac(key, label);
    }

    byte[] bytes() {
        return key.clone();
    }

    static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "MasterKey[hidden]";
    }
}

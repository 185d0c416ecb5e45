package jp.kakanai.server.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.api.ApiJson;
import jp.kakanai.server.privacy.MyNumberCipher;
import org.springframework.stereotype.Component;

/**
 * What identifies a check-in request for idempotency: the SHA-256 of the check-in as the server read it
 * (re-serialised, so a retry that spaces its JSON differently is still the same request), with the My
 * Number replaced by its keyed hash.
 */
@Component
class CheckInFingerprint {
    private final MyNumberCipher myNumbers;

    CheckInFingerprint(MyNumberCipher myNumbers) {
        this.myNumbers = myNumbers;
    }

    String of(CheckIn checkIn) {
        // The My Number enters only as a keyed hash: the fingerprint is stored, and must not be reversible.
        CheckIn withoutNumber = checkIn.withMyNumber(checkIn.myNumber().map(myNumbers::fingerprint));
        try {
            return sha256Hex(ApiJson.mapper().writeValueAsBytes(withoutNumber));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed check-in serialises", e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package jp.kakanai.server.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.api.ApiJson;
import org.springframework.stereotype.Component;

/**
 * What identifies a check-in request for idempotency: the SHA-256 of the check-in as the server read it
 * (re-serialised, so a retry that spaces its JSON differently is still the same request).
 */
@Component
class CheckInFingerprint {

    String of(CheckIn checkIn) {
        try {
            return sha256Hex(ApiJson.mapper().writeValueAsBytes(checkIn));
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

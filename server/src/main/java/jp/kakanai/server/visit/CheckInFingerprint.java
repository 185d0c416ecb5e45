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
 * (re-serialised, so a retry that spaces its JSON differently is still the same request), with the My
 * Number replaced by its last four digits. Not a hash of the whole number, keyed or not: the fingerprint
 * outlives nothing but could outlive the purge in the database file's free space, and 10^11 numbers are
 * tried in hours by anyone who has the key; the last four identify no one. A retry is the same request
 * byte for byte, so the last four tell it apart from another check-in as well as the whole would.
 */
@Component
class CheckInFingerprint {
    String of(CheckIn checkIn) {
        CheckIn withoutNumber = checkIn.withMyNumber(
                checkIn.myNumber().map(digits -> "********" + digits.substring(digits.length() - 4)));
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

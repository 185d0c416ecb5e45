package jp.kakanai.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.kakanai.server.privacy.MasterKey;
import org.springframework.stereotype.Component;

/**
 * The hash chain of the access log: each row's hash is an HMAC-SHA256 over its own fields and the hash of
 * the row before, so a changed, removed or inserted row breaks every hash after it. Keyed (with a key
 * derived from the master key, which is kept apart from the database): someone who can write the
 * database but has no key cannot compute a new chain to hide a change.
 */
@Component
public class AccessChain {
    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';
    private final SecretKeySpec key;

    public AccessChain(MasterKey masterKey) {
        this.key = new SecretKeySpec(masterKey.derive("kakanai access log chain"), "HmacSHA256");
    }

    public String hash(long seq, AccessRecord record, String previousHash) {
        String canonical = String.join(String.valueOf(SEPARATOR), Long.toString(seq),
                Long.toString(record.at().toEpochMilli()), record.actor(), record.action().id(),
                record.visitId().orElse(""), record.purpose(), Integer.toString(record.status()),
                record.client().orElse(""), previousHash);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}

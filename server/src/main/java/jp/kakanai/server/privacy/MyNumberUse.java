package jp.kakanai.server.privacy;

import java.util.Optional;

/**
 * Something done with residents' My Numbers, published (synchronously, in the transaction that did it) for
 * the access log: stored at check-in, decrypted for a print, purged. It names the visit and the purpose
 * (the forms printed, the retention), never the number.
 */
public record MyNumberUse(Kind kind, String actor, Optional<String> visitId, String purpose) {
    public enum Kind { STORE, REVEAL, PURGE }
}

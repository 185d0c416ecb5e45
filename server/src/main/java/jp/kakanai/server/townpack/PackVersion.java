package jp.kakanai.server.townpack;

import java.time.Instant;
import java.util.Optional;

/** One stored version of the town pack: its number, content hash, where it came from, who and when. */
public record PackVersion(int version, String sha256, String townName, String source, Optional<String> note,
                          Instant createdAt, String createdBy) {
    /** How a version came in: the first start, a manager's upload, the configured directory. */
    static final String SEED = "seed";
    static final String UPLOAD = "upload";
    static final String DIRECTORY = "directory";
}

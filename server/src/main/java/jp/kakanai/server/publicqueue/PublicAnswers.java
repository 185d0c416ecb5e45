package jp.kakanai.server.publicqueue;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The public answers (board, ticket status, congestion) with HTTP validation: the ETag is a hash of the answer
 * worked out from the published snapshot, so every server reading the same snapshot gives the same tag, and a
 * board or phone that sends it back in {@code If-None-Match} gets {@code 304} without a body while nothing on
 * the answer changed (most seconds of a quiet hour: the minutes shown change once a minute). Caches, the public
 * segment's reverse proxy among them, may keep an answer for the one second the snapshot itself is cached
 * ({@code kakanai.public-snapshot.max-age}) and must ask again after it.
 */
public final class PublicAnswers {
    static final String ONE_SECOND = "public, max-age=1, must-revalidate";

    private PublicAnswers() {
    }

    /** 200 with the answer, its ETag and Cache-Control; 304 when the caller already holds this very answer. */
    public static Response of(Request request, Object answer) {
        EntityTag tag = tagOf(answer);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answered = notModified != null ? notModified : Response.ok(answer);
        return answered.tag(tag).header("Cache-Control", ONE_SECOND).build();
    }

    static EntityTag tagOf(Object answer) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(PublicSnapshotTable.JSON.writeValueAsBytes(answer));
            // 128 bits are plenty to tell two answers apart; the tag stays short on every request.
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a public answer could not be tagged", e);
        }
    }
}

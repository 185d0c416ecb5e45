package jp.kakanai.server.publicqueue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the published snapshot from {@code public_snapshot}, the one table the public side needs (V282.1):
 * no other table is touched, so a public application can run with a database role that may read this table
 * only. Unknown JSON fields are ignored, so a public application older than the staff servers that publish
 * keeps reading during an upgrade.
 */
@Repository
public class PublicSnapshotTable {
    /** The snapshot's JSON, also what an answer's ETag is computed over ({@link PublicAnswers}). */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    private final JdbcClient jdbc;

    public PublicSnapshotTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A snapshot as published: its version, when a staff server last confirmed it, and the content. */
    public record Published(long version, Instant checkedAt, PublicSnapshot snapshot) {
    }

    /** The newest published snapshot; empty until a staff server has published one. */
    public Optional<Published> newest() {
        return jdbc.sql("select version, checked_at, content from public_snapshot where content is not null"
                        + " order by version desc fetch first 1 rows only")
                .query((rs, n) -> new Published(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        parse(rs.getString(3))))
                .optional();
    }

    /** The content as stored: the same snapshot always gives the same text (field order is the records'). */
    public static String json(PublicSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a public snapshot could not be written as JSON", e);
        }
    }

    static PublicSnapshot parse(String json) {
        try {
            return JSON.readValue(json, PublicSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the published public snapshot is not readable", e);
        }
    }
}

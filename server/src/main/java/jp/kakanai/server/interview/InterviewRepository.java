package jp.kakanai.server.interview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interviews in the {@code interview} table (V40__interview.sql; V230 moved what they gather to visit_facts). */
@Repository
class InterviewRepository {
    private static final String COLUMNS = "visit_id, source, version, started_at, started_by, updated_at, updated_by,"
            + " confirmed_at, confirmed_by, blank_boxes";
    private final JdbcClient jdbc;

    InterviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Interview> find(String visitId) {
        return jdbc.sql("select " + COLUMNS + " from interview where visit_id = :id").param("id", visitId)
                .query((rs, row) -> read(rs)).optional();
    }

    void insert(Interview interview) {
        jdbc.sql("insert into interview (" + COLUMNS + ") values (:visit, :source, :version, :startedAt, :startedBy,"
                        + " :updatedAt, :updatedBy, :confirmedAt, :confirmedBy, :blankBoxes)")
                .params(params(interview)).update();
    }

    /** Stores the interview if its stored version is still {@code expectedVersion}; false when stale. */
    boolean update(Interview interview, int expectedVersion) {
        return jdbc.sql("update interview set version = :version, updated_at = :updatedAt, updated_by = :updatedBy,"
                        + " confirmed_at = :confirmedAt, confirmed_by = :confirmedBy, blank_boxes = :blankBoxes"
                        + " where visit_id = :visit and version = :expected")
                .params(params(interview)).param("expected", expectedVersion).update() == 1;
    }

    private static Map<String, Object> params(Interview i) {
        Map<String, Object> params = new HashMap<>();
        params.put("visit", i.visitId());
        params.put("source", i.source().id());
        params.put("version", i.version());
        params.put("startedAt", utc(i.startedAt()));
        params.put("startedBy", i.startedBy());
        params.put("updatedAt", utc(i.updatedAt()));
        params.put("updatedBy", i.updatedBy());
        params.put("confirmedAt", i.confirmedAt().map(InterviewRepository::utc).orElse(null));
        params.put("confirmedBy", i.confirmedBy().orElse(null));
        params.put("blankBoxes", i.blankBoxes().isEmpty() ? null : String.join("\n", i.blankBoxes()));
        return params;
    }

    private static Interview read(ResultSet rs) throws SQLException {
        return new Interview(rs.getString("visit_id"), Interview.Source.ofId(rs.getString("source")), rs.getInt("version"),
                instant(rs, "started_at"), rs.getString("started_by"), instant(rs, "updated_at"),
                rs.getString("updated_by"), Optional.ofNullable(rs.getObject("confirmed_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant), Optional.ofNullable(rs.getString("confirmed_by")),
                Optional.ofNullable(rs.getString("blank_boxes")).map(b -> List.of(b.split("\n"))).orElse(List.of()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

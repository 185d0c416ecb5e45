package jp.kakanai.server.interview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interviews in the {@code interview} and {@code interview_member} tables (see V40__interview.sql). */
@Repository
class InterviewRepository {
    private static final String COLUMNS = "visit_id, source, resident_kana, postcode, phone, move_date, other_address,"
            + " householder_name, version, started_at, started_by, updated_at, updated_by, confirmed_at, confirmed_by";
    private final JdbcClient jdbc;

    InterviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Interview> find(String visitId) {
        List<Member> members = jdbc.sql("select name, kana, birth_date, sex, relationship from interview_member"
                        + " where visit_id = :id order by ordinal")
                .param("id", visitId)
                .query((rs, row) -> new Member(rs.getString("name"), Optional.ofNullable(rs.getString("kana")),
                        rs.getObject("birth_date", LocalDate.class), Sex.ofIso5218(rs.getString("sex")),
                        Relationship.byId(rs.getString("relationship")).orElseThrow()))
                .list();
        return jdbc.sql("select " + COLUMNS + " from interview where visit_id = :id").param("id", visitId)
                .query((rs, row) -> read(rs, members)).optional();
    }

    void insert(Interview interview) {
        jdbc.sql("insert into interview (" + COLUMNS + ") values (:visit, :source, :kana, :postcode, :phone, :moveDate,"
                        + " :otherAddress, :householder, :version, :startedAt, :startedBy, :updatedAt, :updatedBy,"
                        + " :confirmedAt, :confirmedBy)")
                .params(params(interview)).update();
        insertMembers(interview);
    }

    /** Stores the interview if its stored version is still {@code expectedVersion}; false when stale. */
    boolean update(Interview interview, int expectedVersion) {
        boolean updated = jdbc.sql("update interview set resident_kana = :kana, postcode = :postcode, phone = :phone,"
                        + " move_date = :moveDate, other_address = :otherAddress, householder_name = :householder,"
                        + " version = :version, updated_at = :updatedAt, updated_by = :updatedBy,"
                        + " confirmed_at = :confirmedAt, confirmed_by = :confirmedBy"
                        + " where visit_id = :visit and version = :expected")
                .params(params(interview)).param("expected", expectedVersion).update() == 1;
        if (updated) {
            jdbc.sql("delete from interview_member where visit_id = :id").param("id", interview.visitId()).update();
            insertMembers(interview);
        }
        return updated;
    }

    private void insertMembers(Interview interview) {
        List<Member> members = interview.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            jdbc.sql("insert into interview_member (visit_id, ordinal, name, kana, birth_date, sex, relationship)"
                            + " values (:visit, :ordinal, :name, :kana, :birthDate, :sex, :relationship)")
                    .param("visit", interview.visitId()).param("ordinal", i).param("name", m.name())
                    .param("kana", m.kana().orElse(null)).param("birthDate", m.birthDate())
                    .param("sex", m.sex().iso5218()).param("relationship", m.relationship().id())
                    .update();
        }
    }

    private static Map<String, Object> params(Interview i) {
        Map<String, Object> params = new HashMap<>();
        params.put("visit", i.visitId());
        params.put("source", i.source().id());
        params.put("kana", i.kana().orElse(null));
        params.put("postcode", i.postcode().orElse(null));
        params.put("phone", i.phone().orElse(null));
        params.put("moveDate", i.move().date().orElse(null));
        params.put("otherAddress", i.move().otherAddress().orElse(null));
        params.put("householder", i.householderName().orElse(null));
        params.put("version", i.version());
        params.put("startedAt", utc(i.startedAt()));
        params.put("startedBy", i.startedBy());
        params.put("updatedAt", utc(i.updatedAt()));
        params.put("updatedBy", i.updatedBy());
        params.put("confirmedAt", i.confirmedAt().map(InterviewRepository::utc).orElse(null));
        params.put("confirmedBy", i.confirmedBy().orElse(null));
        return params;
    }

    private static Interview read(ResultSet rs, List<Member> members) throws SQLException {
        return new Interview(rs.getString("visit_id"), Interview.Source.ofId(rs.getString("source")),
                Optional.ofNullable(rs.getString("resident_kana")), Optional.ofNullable(rs.getString("postcode")),
                Optional.ofNullable(rs.getString("phone")),
                new Move(Optional.ofNullable(rs.getObject("move_date", LocalDate.class)),
                        Optional.ofNullable(rs.getString("other_address"))),
                Optional.ofNullable(rs.getString("householder_name")), members, rs.getInt("version"),
                instant(rs, "started_at"), rs.getString("started_by"), instant(rs, "updated_at"),
                rs.getString("updated_by"), Optional.ofNullable(rs.getObject("confirmed_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant), Optional.ofNullable(rs.getString("confirmed_by")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
